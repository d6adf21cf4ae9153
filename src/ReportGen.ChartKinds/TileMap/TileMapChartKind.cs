namespace ReportGen.ChartKinds;

/// <summary><c>type: tilemap</c>: England's upper-tier authorities as a grid of tiles coloured by comparison with England.</summary>
public sealed class TileMapChartKind : ChartKind<TileMapChartSpec>
{
    public override string Name => "tilemap";
    protected override System.Text.Json.Serialization.Metadata.JsonTypeInfo<TileMapChartSpec> SpecJson => TileMapChartSpecJson.Default.TileMapChartSpec;
    public override IReadOnlyList<string> DefaultAreas(ChartBlockOptions options) => [TileMapSpecBuilder.UpperTierWord];

    /// <summary><c>upper-tier</c>: every authority of the tile layout.</summary>
    public override IReadOnlyList<string> AreaWords => [TileMapSpecBuilder.UpperTierWord];
    public override IEnumerable<Area>? AreasFor(string word, ReportContext context) =>
        word.Equals(TileMapSpecBuilder.UpperTierWord, StringComparison.OrdinalIgnoreCase) ? TileMapSpecBuilder.UpperTier(context) : null;
    public override ChartSpec? Build(ChartRequest r) => TileMapSpecBuilder.Build(r.Context, r.Indicators[0], r.Areas, r.Options, r.Error, r.Rows);
    protected override void Draw(ChartCanvas canvas, TileMapChartSpec spec) => TileMapChartRenderer.Draw(canvas, spec);
    protected override string AltText(TileMapChartSpec spec) => TileMapChartText.AltText(spec);
    protected override ChartDataTable DataTable(TileMapChartSpec spec) => TileMapChartText.Table(spec);
}
