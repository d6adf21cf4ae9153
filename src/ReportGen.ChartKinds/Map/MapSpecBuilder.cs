namespace ReportGen.ChartKinds;

/// <summary>
/// <c>type: map</c> in a chart block: the values an area comparison chart would show (<c>areas: districts</c>, the
/// default, or <c>areas: neighbours</c> for the upper-tier authority among its neighbours), drawn on the bundled ONS
/// boundaries. Areas without a boundary are left out of the map (the data table still lists them); neighbours
/// without a value are drawn grey as context.
/// </summary>
internal static class MapSpecBuilder
{
    public static MapChartSpec? Build(ReportContext context, IndicatorDefinition indicator, IReadOnlyList<Area> areas, ChartBlockOptions o,
        Action<string, string> error, ReportGen.Templates.Facts.BlockProvenance? track = null)
    {
        if (AreaComparisonValues.For(context, indicator, areas, o, track) is not { } values) return null;
        var comparison = values.Comparison;
        var districtMap = areas.Any(a => context.Districts.Any(d => d.Code == a.Code));
        var selected = (districtMap ? areas : areas.Prepend(context.Area)).DistinctBy(a => a.Code).Where(a => a.Type != AreaType.England).ToList();
        var mapAreas = new List<MapArea>();
        var missing = new List<string>();
        foreach (var area in selected)
        {
            if (Boundaries.Find(area.Code) is not { } shape) { missing.Add(area.Name); continue; }
            var bar = values.BarOf(area);
            mapAreas.Add(new MapArea(shape, bar?.Value, area.Code == context.Area.Code || (bar?.Highlight ?? false), values.IsIllustrative(area)));
        }
        if (mapAreas.Count == 0 || mapAreas.All(a => a.Value is null))
        {
            error($"None of the areas of the map ({string.Join(", ", selected.Select(a => a.Name))}) has a bundled boundary with a value.",
                "Maps are drawn for Cambridgeshire's districts (areas: districts) and for the bundled areas among their neighbours (areas: neighbours); see data/boundaries/README.md.");
            return null;
        }
        return new MapChartSpec
        {
            Subject = comparison.Subject,
            ValueAxisLabel = comparison.ValueAxisLabel,
            Unit = comparison.Unit,
            Decimals = comparison.Decimals,
            WidthCm = comparison.WidthCm,
            HeightCm = o.Height ?? (districtMap ? 11 : 13),
            Areas = mapAreas,
            Period = comparison.Period,
            BenchmarkValue = comparison.BenchmarkValue,
            BenchmarkLabel = comparison.BenchmarkLabel,
            Attribution = (mapAreas.Any(a => a.Illustrative) ? "* Illustrative value (sample data), not a published figure. " : "") + Boundaries.Attribution,
        };
    }
}
