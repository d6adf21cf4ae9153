namespace ReportGen.ChartKinds;

/// <summary>An area comparison's spec from the store: one period, a bar per area, England as the benchmark line.</summary>
internal static class AreaComparisonSpecBuilder
{
    public static AreaComparisonChartSpec? AreaComparison(ReportContext context, IndicatorDefinition indicator, IReadOnlyList<Area> areas, ChartBlockOptions o,
        BlockProvenance? track = null)
    {
        var b = Breakdown.From(indicator, o.Sex, o.Age, o.CategoryType, o.Category);
        Period? period = o.Period is { } wanted && Period.TryParse(wanted, out var pp) ? pp : null;
        period ??= SeriesOf(context, indicator, context.Area.Code, b).LastOrDefault(v => v.Value is not null)?.Period
            ?? areas.Select(a => SeriesOf(context, indicator, a.Code, b).LastOrDefault(v => v.Value is not null)?.Period).OfType<Period>().DefaultIfEmpty().Max();
        if (period is null) return null;
        IndicatorValue? At(string code) => context.Data.Values.At(indicator.Id, code, period, b.Sex, b.Age, b.CategoryType, b.Category);
        var england = At(context.England.Code);
        var bars = new List<AreaBar>();
        var whiskers = ReportGen.Templates.Wording.WordingRules.ShowsInterval(indicator);
        foreach (var a in areas.Prepend(context.Area).DistinctBy(a => a.Code))
        {
            if (a.Type == AreaType.England) continue;
            var v = At(a.Code);
            if (Safe(context, indicator, v?.Value) is null) continue;
            var outcome = ReportGen.Templates.Wording.WordingRules.Outcome(indicator, v, england?.Value, benchmarkIsEngland: true);
            track?.Add(a.DisplayName, v);
            if (england?.Value is not null) track?.Add(a.DisplayName, england);
            bars.Add(new AreaBar(a.DisplayName, new ChartValue(v!.Value, whiskers ? v.Lower95 : null, whiskers ? v.Upper95 : null,
                ChartBlockHandler.ToCategory(outcome)), a.Code == context.Area.Code));
        }
        if (bars.Count == 0) return null;
        track?.Add(context.England.Name, england);
        // A chart that marks the neighbours but cannot test its own area singles that area out as "Not compared":
        // then no bar is marked by comparison (the focus colour picks out the area, the data table gives the values).
        if (bars.FirstOrDefault(b => b.Highlight) is { Value.Comparison: ComparisonCategory.NotCompared })
            bars = bars.Select(b => b with { Value = b.Value with { Comparison = ComparisonCategory.None } }).ToList();
        var label = b.Label(indicator);
        return Common(new AreaComparisonChartSpec
        {
            Subject = label.Length > 0 ? $"{indicator.Name} ({label})" : indicator.Name,
            ValueAxisLabel = o.Axis ?? AxisLabel(indicator),
            Bars = bars,
            BenchmarkValue = england?.Value,
            BenchmarkLabel = context.England.Name,
            Period = period.Label,
            SortDescending = o.Sort,
            HeightCm = Math.Max(6, 2.5 + 0.9 * bars.Count),
        }, indicator, o);
    }
}
