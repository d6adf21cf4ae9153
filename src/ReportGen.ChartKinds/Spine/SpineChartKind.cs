namespace ReportGen.ChartKinds;

/// <summary><c>type: spine</c>: Fingertips' spine chart, each indicator's value within England's range; it grows with its rows.</summary>
public sealed class SpineChartKind : ChartKind<SpineChartSpec>
{
    public override string Name => "spine";
    protected override System.Text.Json.Serialization.Metadata.JsonTypeInfo<SpineChartSpec> SpecJson => SpineChartSpecJson.Default.SpineChartSpec;
    public override ChartSpec? Build(ChartRequest r) => SpineSpecBuilder.Spine(r.Context, r.Indicators, r.Options, r.Rows);
    protected override void Draw(ChartCanvas canvas, SpineChartSpec spec) => SpineChartRenderer.Draw(canvas, spec);
    protected override string AltText(SpineChartSpec spec) => SpineChartText.AltText(spec);
    protected override ChartDataTable DataTable(SpineChartSpec spec) => SpineChartText.Table(spec);
    protected override double FitHeightCm(SpineChartSpec spec, ChartStyle style, string fontFamily) =>
        SpineChartRenderer.SuggestHeightCm(spec, style, fontFamily);
}
