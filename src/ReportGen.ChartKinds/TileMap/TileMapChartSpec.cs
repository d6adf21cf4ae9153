namespace ReportGen.ChartKinds;

/// <summary>One authority on the tile map: its place, and its value with the comparison with England when it has one.</summary>
/// <param name="Place">Where the authority's tile sits, with its name and label.</param>
/// <param name="Value">Null when the authority has no value (missing or suppressed): drawn as an empty tile.</param>
/// <param name="Highlight">The report's own area: outlined heavily, labelled in bold and named in the legend.</param>
/// <param name="Illustrative">The value is illustrative sample data, not a published figure: marked "*" in the data table.</param>
public sealed record MapTile(TilePlace Place, ChartValue? Value, bool Highlight = false, bool Illustrative = false);

/// <summary>
/// An England tile map: every upper-tier authority as one square of a schematic grid, filled with the colour of its
/// comparison with England (as the bars of an area comparison chart), the report's own area outlined. The alt text
/// counts the authorities in each category and the data table lists every value, so the picture is never the only
/// way to read them.
/// </summary>
public sealed record TileMapChartSpec : ChartSpec
{
    public required IReadOnlyList<MapTile> Tiles { get; init; }
    public required string Period { get; init; }
    public double? BenchmarkValue { get; init; }
    public string BenchmarkLabel { get; init; } = "England";

    /// <summary>The wording of the layout for the source line: it is schematic, not a boundary file.</summary>
    public const string LayoutNote = "Tile layout: schematic, one tile per upper-tier authority, authored for ReportGen (not boundaries).";

    public TileMapChartSpec() => Attribution = LayoutNote;
}
