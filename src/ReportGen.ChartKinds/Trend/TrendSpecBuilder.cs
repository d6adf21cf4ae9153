namespace ReportGen.ChartKinds;

/// <summary>A trend chart's spec from the store: the area, region and England over time.</summary>
internal static class TrendSpecBuilder
{
    public static TrendChartSpec? Trend(ReportContext context, IndicatorDefinition indicator, IReadOnlyList<Area> areas, ChartBlockOptions o,
        BlockProvenance? track = null)
    {
        var breakdown = Breakdown.From(indicator, o.Sex, o.Age, o.CategoryType, o.Category);
        var bySex = Same(o.By, "sex");
        var wanted = bySex
            ? areas.SelectMany(a => new[] { "Male", "Female" }.Select(sex => (Area: a, Breakdown: breakdown with { Sex = sex }))).ToList()
            : areas.Select(a => (Area: a, Breakdown: breakdown)).ToList();
        var seriesByArea = wanted.Select(w => (w.Area, w.Breakdown, Values: SeriesOf(context, indicator, w.Area.Code, w.Breakdown)))
            .Where(s => s.Values.Any(v => v.Value is not null)).ToList();
        // When the area itself is asked for, a chart without its values is "not available" (and warned about).
        if (seriesByArea.Count == 0) return null;
        if (areas.Any(a => a.Code == context.Area.Code) && seriesByArea[0].Area.Code != context.Area.Code) return null;
        var periods = seriesByArea.SelectMany(s => s.Values).Where(v => v.Value is not null).Select(v => v.Period)
            .Distinct().Order().ToList();
        if (o.Periods is { } n && periods.Count > n) periods = periods.Skip(periods.Count - n).ToList();
        var series = seriesByArea.Select(s => new TrendSeries(
            bySex ? $"{s.Area.DisplayName}: {s.Breakdown.Sex.ToLowerInvariant()}" : s.Area.DisplayName,
            periods.Select(p =>
            {
                var v = s.Values.FirstOrDefault(x => x.Period.Equals(p));
                var safe = Safe(context, indicator, v?.Value);
                if (safe is not null) track?.Add(p.Label, v);
                var whiskers = safe is not null && ReportGen.Templates.Wording.WordingRules.ShowsInterval(indicator);
                return new ChartValue(safe, whiskers ? v?.Lower95 : null, whiskers ? v?.Upper95 : null);
            }).ToList())).ToList();
        var label = breakdown.Label(indicator);
        return Common(new TrendChartSpec
        {
            Subject = label.Length > 0 ? $"{indicator.Name} ({label})" : indicator.Name,
            ValueAxisLabel = o.Axis ?? AxisLabel(indicator),
            Periods = periods.Select(p => p.Label).ToList(),
            Series = series,
        }, indicator, o);
    }
}
