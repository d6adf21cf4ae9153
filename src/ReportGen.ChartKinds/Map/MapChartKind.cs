namespace ReportGen.ChartKinds;

/// <summary><c>type: map</c>: a choropleth of the districts (or the area among its neighbours) on bundled ONS boundaries.</summary>
public sealed class MapChartKind : ChartKind<MapChartSpec>
{
    public override string Name => "map";
    protected override System.Text.Json.Serialization.Metadata.JsonTypeInfo<MapChartSpec> SpecJson => MapChartSpecJson.Default.MapChartSpec;
    public override IReadOnlyList<string> DefaultAreas(ChartBlockOptions options) => ["districts"];

    /// <summary><c>neighbours</c>: the upper-tier authorities with a bundled boundary, so the area is shown among them.</summary>
    public override IReadOnlyList<string> AreaWords => ["neighbours"];
    public override IEnumerable<Area>? AreasFor(string word, ReportContext context) =>
        word == "neighbours" ? Boundaries.UpperTierCodes.Select(context.Data.Areas.Find).OfType<Area>() : null;
    public override ChartSpec? Build(ChartRequest r) => MapSpecBuilder.Build(r.Context, r.Indicators[0], r.Areas, r.Options, r.Error, r.Rows);
    protected override void Draw(ChartCanvas canvas, MapChartSpec spec) => MapChartRenderer.Draw(canvas, spec);
    protected override string AltText(MapChartSpec spec) => MapChartText.AltText(spec);
    protected override ChartDataTable DataTable(MapChartSpec spec) => MapChartText.Table(spec);
}
