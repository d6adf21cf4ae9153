namespace ReportGen.ChartKinds;

/// <summary>A population pyramid's spec from the store: the area's age-sex profile against England's.</summary>
internal static class PyramidSpecBuilder
{
    public static PopulationPyramidSpec? Pyramid(ReportContext context, IndicatorDefinition indicator, IReadOnlyList<Area> areas, ChartBlockOptions o,
        BlockProvenance? track = null)
    {
        // `areas: [E07000008]` (one area, a district for instance) draws that area's profile instead of the report area's.
        var focus = o.Areas is { Count: 1 } && areas.Count == 1 ? areas[0] : context.Area;
        var area = PyramidSide(context, indicator, focus.Code, null, track);
        if (area is null) return null;
        var comparator = PyramidSide(context, indicator, context.England.Code, area.Value.Period, track);
        return Common(new PopulationPyramidSpec
        {
            Subject = indicator.Name,
            ValueAxisLabel = o.Axis ?? "Percentage of population (%)",
            AreaName = focus.DisplayName,
            ComparatorName = context.England.Name,
            Period = area.Value.Period.Label,
            AgeBands = area.Value.Bands,
            AreaMalePercent = area.Value.Male,
            AreaFemalePercent = area.Value.Female,
            ComparatorMalePercent = comparator?.Male,
            ComparatorFemalePercent = comparator?.Female,
            HeightCm = 10,
        }, indicator, o);
    }

    private static (Period Period, List<string> Bands, List<double> Male, List<double> Female)? PyramidSide(
        ReportContext context, IndicatorDefinition indicator, string areaCode, Period? period = null, BlockProvenance? track = null)
    {
        var rows = context.Data.Values.BreakdownOf(indicator.Id, areaCode, "").Concat(context.Data.Values.ForIndicator(indicator.Id).Where(v => v.AreaCode == areaCode))
            .Where(v => v.Value is not null && (v.Sex is "Male" or "Female")).Distinct().ToList();
        if (rows.Count == 0) return null;
        period ??= rows.Max(r => r.Period)!;
        var at = rows.Where(r => r.Period.Equals(period)).ToList();
        var bands = at.Select(r => r.Age).Distinct().OrderBy(AgeStart).ToList();
        if (bands.Count == 0) return null;
        foreach (var r in at) track?.Add(r.Age, r);
        double Get(string sex, string band) => at.FirstOrDefault(r => r.Sex == sex && r.Age == band)?.Value ?? 0;
        return (period, bands, bands.Select(b => Get("Male", b)).ToList(), bands.Select(b => Get("Female", b)).ToList());
    }
}
