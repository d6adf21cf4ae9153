namespace ReportGen.ChartKinds;

/// <summary><c>type: pyramid</c>: the area's age-sex profile against England's; it grows with its age bands.</summary>
public sealed class PyramidChartKind : ChartKind<PopulationPyramidSpec>
{
    public override string Name => "pyramid";
    protected override System.Text.Json.Serialization.Metadata.JsonTypeInfo<PopulationPyramidSpec> SpecJson => PopulationPyramidSpecJson.Default.PopulationPyramidSpec;
    public override ChartSpec? Build(ChartRequest r) => PyramidSpecBuilder.Pyramid(r.Context, r.Indicators[0], r.Areas, r.Options, r.Rows);
    protected override void Draw(ChartCanvas canvas, PopulationPyramidSpec spec) => PopulationPyramidRenderer.Draw(canvas, spec);
    protected override string AltText(PopulationPyramidSpec spec) => PopulationPyramidText.AltText(spec);
    protected override ChartDataTable DataTable(PopulationPyramidSpec spec) => PopulationPyramidText.Table(spec);
    protected override double FitHeightCm(PopulationPyramidSpec spec, ChartStyle style, string fontFamily) =>
        Math.Max(spec.HeightCm, 3.0 + spec.AgeBands.Count * style.LabelFontSizePt * 1.25 / 72 * 2.54);
}
