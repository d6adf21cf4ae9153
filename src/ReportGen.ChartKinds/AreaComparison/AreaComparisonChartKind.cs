namespace ReportGen.ChartKinds;

/// <summary><c>type: areas</c>: one period, a bar per district or comparator coloured by its comparison with England.</summary>
public sealed class AreaComparisonChartKind : ChartKind<AreaComparisonChartSpec>
{
    public override string Name => "areas";
    protected override System.Text.Json.Serialization.Metadata.JsonTypeInfo<AreaComparisonChartSpec> SpecJson => AreaComparisonChartSpecJson.Default.AreaComparisonChartSpec;
    public override IReadOnlyList<string> DefaultAreas(ChartBlockOptions options) => ["districts"];
    public override ChartSpec? Build(ChartRequest r) => AreaComparisonSpecBuilder.AreaComparison(r.Context, r.Indicators[0], r.Areas, r.Options, r.Rows);
    protected override void Draw(ChartCanvas canvas, AreaComparisonChartSpec spec) => AreaComparisonChartRenderer.Draw(canvas, spec);
    protected override string AltText(AreaComparisonChartSpec spec) => AreaComparisonChartText.AltText(spec);
    protected override ChartDataTable DataTable(AreaComparisonChartSpec spec) => AreaComparisonChartText.Table(spec);
    protected override double FitHeightCm(AreaComparisonChartSpec spec, ChartStyle style, string fontFamily) =>
        AreaComparisonChartRenderer.SuggestHeightCm(spec, style, fontFamily);
}
