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
            HeightCm = HeightCm(bars.Count),
        }, indicator, o);
    }

    /// <summary>Room for the axes, the England label above the bars and the legend below them, in cm.</summary>
    internal const double FrameCm = 2.5;

    /// <summary>Height of one bar's row while the chart is small (up to <see cref="RoomyBars"/> bars), in cm.</summary>
    internal const double RoomyRowCm = 0.9;

    /// <summary>Up to this many bars each gets a <see cref="RoomyRowCm"/> row; more share <see cref="BarBandCm"/>.</summary>
    internal const int RoomyBars = 8;

    /// <summary>The height the bars of a longer chart share, so a comparator chart with its caption fits in about half a page.</summary>
    internal const double BarBandCm = RoomyBars * RoomyRowCm;

    /// <summary>The smallest row a bar gets, in cm: room for one 9 pt label with a little space around it.</summary>
    internal const double MinimumRowCm = 0.45;

    /// <summary>
    /// A chart's height for <paramref name="bars"/> bars: districts (a handful of bars) get roomy rows; a comparator group
    /// (15 or more) shares a band of <see cref="BarBandCm"/> with rows no thinner than <see cref="MinimumRowCm"/>, so the
    /// chart and its caption fit in about half an A4 text area and can share a page with the figure before it, rather than
    /// moving on whole and leaving that page half empty. (A chart kind's fitted height can still raise it for larger text.)
    /// </summary>
    internal static double HeightCm(int bars)
    {
        var band = bars <= RoomyBars ? bars * RoomyRowCm : Math.Max(BarBandCm, bars * MinimumRowCm);
        return Math.Max(6, FrameCm + band);
    }
}
