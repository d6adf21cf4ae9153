namespace ReportGen.ChartKinds;

/// <summary><c>type: bar</c>: grouped or stacked bars, categories over time or one period across categories, sexes, ages or indicators.</summary>
public sealed class BarChartKind : ChartKind<BarChartSpec>
{
    public override string Name => "bar";
    protected override System.Text.Json.Serialization.Metadata.JsonTypeInfo<BarChartSpec> SpecJson => BarChartSpecJson.Default.BarChartSpec;
    // A bar chart of one period compares the area with England; a bar chart over time shows the area alone.
    public override IReadOnlyList<string> DefaultAreas(ChartBlockOptions o) => o.By is not null || o.Indicators.Count > 0 ? ["area", "england"] : ["area"];
    public override ChartSpec? Build(ChartRequest r) => BarSpecBuilder.Bars(r.Context, r.Indicators, r.Areas, r.Options, r.Rows);
    protected override void Draw(ChartCanvas canvas, BarChartSpec spec) => BarChartRenderer.Draw(canvas, spec);
    protected override string AltText(BarChartSpec spec) => BarChartText.AltText(spec);
    protected override ChartDataTable DataTable(BarChartSpec spec) => BarChartText.Table(spec);
}
