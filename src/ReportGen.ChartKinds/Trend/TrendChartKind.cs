namespace ReportGen.ChartKinds;

/// <summary><c>type: trend</c>: the area, its region and England over time, with 95% confidence intervals where the measure has them.</summary>
public sealed class TrendChartKind : ChartKind<TrendChartSpec>
{
    public override string Name => "trend";
    protected override System.Text.Json.Serialization.Metadata.JsonTypeInfo<TrendChartSpec> SpecJson => TrendChartSpecJson.Default.TrendChartSpec;
    public override ChartSpec? Build(ChartRequest r) => TrendSpecBuilder.Trend(r.Context, r.Indicators[0], r.Areas, r.Options, r.Rows);
    protected override void Draw(ChartCanvas canvas, TrendChartSpec spec) => TrendChartRenderer.Draw(canvas, spec);
    protected override string AltText(TrendChartSpec spec) => TrendChartText.AltText(spec);
    protected override ChartDataTable DataTable(TrendChartSpec spec) => TrendChartText.Table(spec);
}
