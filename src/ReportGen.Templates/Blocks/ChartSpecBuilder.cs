using ReportGen.Charts;
using ReportGen.Data.Model;
using ReportGen.Statistics;
using ReportGen.Templates.Facts;

namespace ReportGen.Templates.Blocks;

/// <summary>Builds chart descriptions from the store. Returns null when there is nothing to draw.</summary>
public static class ChartSpecBuilder
{
    public static string AxisLabel(IndicatorDefinition indicator) => indicator.Unit.Trim() switch
    {
        "%" => "Percentage (%)",
        "" => indicator.Measure == MeasureType.Count ? "Number" : indicator.DisplayName,
        var u when u.StartsWith("per ", StringComparison.OrdinalIgnoreCase) =>
            (indicator.Measure == MeasureType.DirectlyStandardisedRate ? "Age-standardised rate " : "Rate ") + u,
        var u => u,
    };

    private static T Common<T>(T spec, IndicatorDefinition indicator, ChartBlockOptions o) where T : ChartSpec =>
        spec with { Unit = indicator.Unit, Decimals = indicator.Decimals };

    public static TrendChartSpec? Trend(ReportContext context, IndicatorDefinition indicator, IReadOnlyList<Area> areas, ChartBlockOptions o)
    {
        var seriesByArea = areas.Select(a => (Area: a, Values: context.Data.Values.Series(indicator.Id, a.Code, indicator.Sex, indicator.Age)))
            .Where(s => s.Values.Any(v => v.Value is not null)).ToList();
        if (seriesByArea.Count == 0 || seriesByArea[0].Area.Code != context.Area.Code) return null;
        var periods = seriesByArea.SelectMany(s => s.Values).Where(v => v.Value is not null).Select(v => v.Period)
            .Distinct().Order().ToList();
        if (o.Periods is { } n && periods.Count > n) periods = periods.Skip(periods.Count - n).ToList();
        var series = seriesByArea.Select(s => new TrendSeries(s.Area.DisplayName, periods.Select(p =>
        {
            var v = s.Values.FirstOrDefault(x => x.Period.Equals(p));
            return new ChartValue(v?.Value, v?.Lower95, v?.Upper95);
        }).ToList())).ToList();
        return Common(new TrendChartSpec
        {
            Subject = indicator.Name,
            ValueAxisLabel = o.Axis ?? AxisLabel(indicator),
            Periods = periods.Select(p => p.Label).ToList(),
            Series = series,
        }, indicator, o);
    }

    public static AreaComparisonChartSpec? AreaComparison(ReportContext context, IndicatorDefinition indicator, IReadOnlyList<Area> areas, ChartBlockOptions o)
    {
        var focus = context.FactsFor(indicator, context.Area);
        var period = focus.Latest?.Period ?? areas.Select(a => context.FactsFor(indicator, a).Latest?.Period).OfType<Period>().DefaultIfEmpty().Max();
        if (period is null) return null;
        var england = context.Data.Values.At(indicator.Id, context.England.Code, period, indicator.Sex, indicator.Age);
        var bars = new List<AreaBar>();
        foreach (var a in areas.Prepend(context.Area).DistinctBy(a => a.Code))
        {
            if (a.Type == AreaType.England) continue;
            var v = context.Data.Values.At(indicator.Id, a.Code, period, indicator.Sex, indicator.Age);
            if (v?.Value is null) continue;
            var outcome = BenchmarkComparison.Compare(v.Value, v.Lower95, v.Upper95, england?.Value, indicator.Polarity);
            bars.Add(new AreaBar(a.DisplayName, new ChartValue(v.Value, v.Lower95, v.Upper95, ChartBlockHandler.ToCategory(outcome)), a.Code == context.Area.Code));
        }
        if (bars.Count == 0) return null;
        return Common(new AreaComparisonChartSpec
        {
            Subject = indicator.Name,
            ValueAxisLabel = o.Axis ?? AxisLabel(indicator),
            Bars = bars,
            BenchmarkValue = england?.Value,
            BenchmarkLabel = context.England.Name,
            Period = period.Label,
            SortDescending = o.Sort,
            HeightCm = Math.Max(6, 2.5 + 0.9 * bars.Count),
        }, indicator, o);
    }

    public static BarChartSpec? Bars(ReportContext context, IndicatorDefinition indicator, ChartBlockOptions o)
    {
        var rows = context.Data.Values.BreakdownOf(indicator.Id, context.Area.Code, o.CategoryType ?? "")
            .Where(v => v.Value is not null).ToList();
        if (rows.Count == 0) return null;
        var periods = rows.Select(r => r.Period).Distinct().Order().ToList();
        if (o.Periods is { } n && periods.Count > n) periods = periods.Skip(periods.Count - n).ToList();
        var categories = rows.Select(r => r.Category).Distinct().ToList();
        var series = categories.Select(c => new BarSeries(c, periods.Select(p =>
            rows.FirstOrDefault(r => r.Category == c && r.Period.Equals(p))?.Value).ToList())).ToList();
        return Common(new BarChartSpec
        {
            Subject = indicator.Name,
            ValueAxisLabel = o.Axis ?? AxisLabel(indicator),
            Categories = periods.Select(p => p.Label).ToList(),
            CategoryAxisLabel = periods[0].IsFinancialYear ? "Financial year" : "Period",
            Series = series,
            Stacked = o.Stacked,
            Horizontal = o.Horizontal,
        }, indicator, o);
    }

    public static PopulationPyramidSpec? Pyramid(ReportContext context, IndicatorDefinition indicator, ChartBlockOptions o)
    {
        var area = PyramidSide(context, indicator, context.Area.Code);
        if (area is null) return null;
        var comparator = PyramidSide(context, indicator, context.England.Code, area.Value.Period);
        return Common(new PopulationPyramidSpec
        {
            Subject = indicator.Name,
            ValueAxisLabel = o.Axis ?? "Percentage of population (%)",
            AreaName = context.Area.DisplayName,
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
        ReportContext context, IndicatorDefinition indicator, string areaCode, Period? period = null)
    {
        var rows = context.Data.Values.BreakdownOf(indicator.Id, areaCode, "").Concat(context.Data.Values.ForIndicator(indicator.Id).Where(v => v.AreaCode == areaCode))
            .Where(v => v.Value is not null && (v.Sex is "Male" or "Female")).Distinct().ToList();
        if (rows.Count == 0) return null;
        period ??= rows.Max(r => r.Period)!;
        var at = rows.Where(r => r.Period.Equals(period)).ToList();
        var bands = at.Select(r => r.Age).Distinct().OrderBy(AgeStart).ToList();
        if (bands.Count == 0) return null;
        double Get(string sex, string band) => at.FirstOrDefault(r => r.Sex == sex && r.Age == band)?.Value ?? 0;
        return (period, bands, bands.Select(b => Get("Male", b)).ToList(), bands.Select(b => Get("Female", b)).ToList());
    }

    private static int AgeStart(string band)
    {
        var digits = new string(band.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var n) ? n : int.MaxValue;
    }

    public static SpineChartSpec? Spine(ReportContext context, IReadOnlyList<IndicatorDefinition> indicators, ChartBlockOptions o)
    {
        var rows = new List<SpineRow>();
        foreach (var indicator in indicators)
        {
            var facts = context.FactsFor(indicator, context.Area);
            if (facts.Latest?.Value is not { } value || facts.England?.Value is not { } england) continue;
            var all = context.Data.Values.AllAreas(indicator.Id, facts.Latest.Period, indicator.Sex, indicator.Age)
                .Where(v => v.Value is not null && context.Data.Areas.Find(v.AreaCode)?.IsUpperTier == true)
                .Select(v => v.Value!.Value).ToList();
            if (all.Count < EnglandRange.MinimumValuesForPercentiles) continue;
            var range = EnglandRange.Summarise(all, indicator.Polarity);
            rows.Add(new SpineRow(indicator.DisplayName, facts.Latest.Period.Label, value, england,
                range.Worst, range.Percentile25, range.Percentile75, range.Best,
                ChartBlockHandler.ToCategory(facts.VsEngland), indicator.Unit));
        }
        if (rows.Count == 0) return null;
        return new SpineChartSpec
        {
            Subject = o.Caption ?? "Summary of indicators",
            ValueAxisLabel = "Position in the range of upper-tier local authorities in England",
            AreaName = context.Area.DisplayName,
            Rows = rows,
            HeightCm = Math.Max(6, 2.5 + 1.0 * rows.Count),
        };
    }
}
