namespace ReportGen.ChartKinds;

/// <summary>A bar chart's spec from the store: categories over time, or one period across categories, sexes, ages or indicators.</summary>
internal static class BarSpecBuilder
{
    /// <summary>
    /// Bars over time (periods along the axis, one bar per category of <c>category_type</c>, for the first area), or,
    /// with <c>by</c> or several indicators, one period with categories, sexes, age bands or indicators along the
    /// axis and one bar per area.
    /// </summary>
    public static BarChartSpec? Bars(ReportContext context, IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<Area> areas, ChartBlockOptions o,
        BlockProvenance? track = null)
    {
        var indicator = indicators[0];
        if (o.By is not null || indicators.Count > 1) return Snapshot(context, indicators, areas, o, track);
        var area = areas.FirstOrDefault() ?? context.Area;
        var b = Breakdown.From(indicator, o.Sex, o.Age, null, null);
        var rows = context.Data.Values.BreakdownOf(indicator.Id, area.Code, o.CategoryType ?? "")
            .Where(v => v.Value is not null && Same(v.Sex, b.Sex) && Same(v.Age, b.Age)).ToList();
        if (rows.Count == 0) return null;
        var periods = rows.Select(r => r.Period).Distinct().Order().ToList();
        if (o.Periods is { } n && periods.Count > n) periods = periods.Skip(periods.Count - n).ToList();
        var categories = rows.Select(r => r.Category).Distinct().OrderBy(c => CategoryOrder(context, indicator, c)).ToList();
        var series = categories.Select(c => new BarSeries(c, periods.Select(p =>
        {
            var row = rows.FirstOrDefault(r => r.Category == c && r.Period.Equals(p));
            var safe = Safe(context, indicator, row?.Value);
            if (safe is not null) track?.Add(p.Label, row);
            return safe;
        }).ToList())).ToList();
        if (series.All(se => se.Values.All(v => v is null))) return null; // everything suppressed or missing
        return Common(new BarChartSpec
        {
            Subject = area.Code == context.Area.Code ? indicator.Name : $"{indicator.Name}, {area.Name}",
            ValueAxisLabel = o.Axis ?? AxisLabel(indicator),
            Categories = periods.Select(p => p.Label).ToList(),
            CategoryAxisLabel = periods[0].IsFinancialYear ? "Financial year" : "Period",
            Series = series,
            Stacked = o.Stacked,
            Horizontal = o.Horizontal,
        }, indicator, o);
    }

    /// <summary>One period: the categories (or sexes, ages, indicators) along the axis and a bar per area.</summary>
    private static BarChartSpec? Snapshot(ReportContext context, IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<Area> areas, ChartBlockOptions o,
        BlockProvenance? track)
    {
        var by = (o.By ?? (indicators.Count > 1 ? "indicator" : "category")).Trim().ToLowerInvariant();
        var indicator = indicators[0];
        var focus = areas.FirstOrDefault(a => a.Code == context.Area.Code) ?? areas.FirstOrDefault() ?? context.Area;
        Period? fixedPeriod = o.Period is { } wanted && Period.TryParse(wanted, out var pp) ? pp : null;

        var slots = Slots(context, indicators, by, o.Sex, o.Age, o.CategoryType, o.Category, areas, focus.Code);
        if (slots is null || slots.Count == 0) return null;

        // The period of each slot: the one asked for, else the latest the focus area has for it.
        Period? PeriodOf(Slot s) =>
            fixedPeriod ?? SeriesOf(context, s.Indicator, focus.Code, s.Breakdown).LastOrDefault(v => v.Value is not null)?.Period;
        var periods = slots.Select(PeriodOf).ToList();
        var rowsAt = areas.Select(a => slots.Select((s, i) => periods[i] is { } p
            ? context.Data.Values.At(s.Indicator.Id, a.Code, p, s.Breakdown.Sex, s.Breakdown.Age, s.Breakdown.CategoryType, s.Breakdown.Category)
            : null).ToList()).ToList();
        var values = rowsAt.Select(r => r.Select((v, i) => Safe(context, slots[i].Indicator, v?.Value)).ToList()).ToList();
        // Nothing for the area itself means the chart is not available.
        var focusIndex = areas.ToList().FindIndex(a => a.Code == context.Area.Code);
        if (focusIndex >= 0 && values[focusIndex].All(v => v is null)) return null;
        var keep = Enumerable.Range(0, slots.Count).Where(i => values.Any(v => v[i] is not null)).ToList();
        var series = areas.Select((a, k) => new BarSeries(a.DisplayName, keep.Select(i => values[k][i]).ToList()))
            .Where(s => s.Values.Any(v => v is not null)).ToList();
        if (series.Count == 0 || keep.Count == 0) return null;
        foreach (var i in keep)
            for (var k = 0; k < areas.Count; k++)
                if (values[k][i] is not null) track?.Add(slots[i].Label, rowsAt[k][i]);
        var shownPeriods = keep.Select(i => periods[i]).OfType<Period>().Select(p => p.Label).Distinct().ToList();
        var axisWords = by switch { "sex" => "Sex", "age" => "Age group", "indicator" => "", _ => o.CategoryType ?? "" };
        var axisLabel = string.Join(", ", new[] { axisWords, shownPeriods.Count == 1 ? shownPeriods[0] : "" }.Where(x => x.Length > 0));
        return Common(new BarChartSpec
        {
            Subject = indicators.Count > 1 ? string.Join(", ", indicators.Select(i => i.DisplayName)) : indicator.Name,
            ValueAxisLabel = o.Axis ?? AxisLabel(indicator),
            Categories = keep.Select(i => slots[i].Label).ToList(),
            CategoryAxisLabel = axisLabel,
            Series = series,
            Stacked = o.Stacked,
            Horizontal = o.Horizontal,
        }, indicator, o);
    }
}
