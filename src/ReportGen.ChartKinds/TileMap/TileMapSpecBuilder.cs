namespace ReportGen.ChartKinds;

/// <summary>
/// <c>type: tilemap</c> in a chart block: the values an area comparison chart would show for England's upper-tier
/// authorities (<c>areas: [upper-tier]</c>, the default), each compared with England in the same way, placed on the
/// bundled tile layout. Authorities asked for without a value, and those not asked for, are empty tiles.
/// </summary>
internal static class TileMapSpecBuilder
{
    /// <summary>The area word for every authority of the layout.</summary>
    public const string UpperTierWord = "upper-tier";

    public static IEnumerable<Area> UpperTier(ReportContext context) =>
        TileLayout.All.Select(p => context.Data.Areas.Find(p.Code)).OfType<Area>();

    public static TileMapChartSpec? Build(ReportContext context, IndicatorDefinition indicator, IReadOnlyList<Area> areas, ChartBlockOptions o,
        Action<string, string> error, BlockProvenance? track = null)
    {
        var wanted = areas.Where(a => TileLayout.Find(a.Code) is not null).ToList();
        if (wanted.Count == 0)
        {
            error($"None of the chart's areas ({string.Join(", ", areas.Select(a => a.Name))}) is an upper-tier authority on the England tile layout.",
                $"Leave 'areas' out, or use areas: [{UpperTierWord}] (see data/geography/README.md).");
            return null;
        }
        if (AreaComparisonValues.For(context, indicator, wanted, o, track) is not { } values) return null;
        var comparison = values.Comparison;

        var tiles = new List<MapTile>();
        foreach (var place in TileLayout.All)
        {
            var area = context.Data.Areas.Find(place.Code);
            AreaBar? bar = null;
            if (area is not null && wanted.Any(w => w.Code == area.Code)) bar = values.BarOf(area);
            // The area comparison greys every bar out ("None") when it cannot compare the report's own area; on a map
            // each tile still says it is not compared.
            var value = bar?.Value is { Comparison: ComparisonCategory.None } v ? v with { Comparison = ComparisonCategory.NotCompared } : bar?.Value;
            var name = area?.DisplayName ?? place.Name;
            tiles.Add(new MapTile(place with { Name = name }, value, place.Code == context.Area.Code, bar is not null && values.IsIllustrative(area!)));
        }
        if (!tiles.Any(t => t.Value is { Comparison: not ComparisonCategory.NotCompared }))
        {
            error($"A tile map colours each authority by its comparison with England, but no value of '{indicator.Id}' in {comparison.Period} can be compared (modelled estimates have no confidence limits).",
                "Use type: areas or type: spine for this indicator.");
            return null;
        }
        var illustrative = tiles.Any(t => t.Illustrative);
        return new TileMapChartSpec
        {
            Subject = comparison.Subject,
            ValueAxisLabel = comparison.ValueAxisLabel,
            Unit = comparison.Unit,
            Decimals = comparison.Decimals,
            WidthCm = comparison.WidthCm,
            HeightCm = o.Height ?? 14.5,
            Tiles = tiles,
            Period = comparison.Period,
            BenchmarkValue = comparison.BenchmarkValue,
            BenchmarkLabel = comparison.BenchmarkLabel,
            Attribution = (illustrative ? "Values marked * in the data table are illustrative sample data, not published figures. " : "") + TileMapChartSpec.LayoutNote,
        };
    }
}
