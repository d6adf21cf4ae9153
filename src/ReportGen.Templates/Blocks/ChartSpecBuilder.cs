using ReportGen.Charts;
using ReportGen.Data.Model;
using ReportGen.Statistics;
using ReportGen.Templates.Facts;

namespace ReportGen.Templates.Blocks;

/// <summary>Builds chart descriptions from the store. Returns null when there is nothing to draw.</summary>
public static class ChartSpecBuilder
{
    /// <summary>
    /// Disclosure control for chart values: a count below the threshold is left out of the chart (and so of its data
    /// table and alt text), never drawn or labelled.
    /// </summary>
    private static double? Safe(ReportContext context, IndicatorDefinition indicator, double? value) =>
        value is { } v && indicator.Measure == MeasureType.Count && context.Disclosure.Suppress(v, indicator) ? null : value;

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

    /// <summary>The sex, age and category a block asks for, defaulting to the indicator's headline.</summary>
    internal sealed record Breakdown(string Sex, string Age, string CategoryType, string Category)
    {
        public static Breakdown From(IndicatorDefinition indicator, string? sex, string? age, string? categoryType, string? category) =>
            new(sex ?? indicator.Sex, age ?? indicator.Age, category is null ? "" : categoryType ?? "", category ?? "");

        public bool IsHeadline(IndicatorDefinition indicator) =>
            Same(Sex, indicator.Sex) && Same(Age, indicator.Age) && Category.Length == 0;

        /// <summary>Words added to a series name or subject for a breakdown: "Male", "18-24 yrs", "Crack only".</summary>
        public string Label(IndicatorDefinition indicator) => string.Join(", ", new[]
        {
            Same(Sex, indicator.Sex) ? "" : Sex, Same(Age, indicator.Age) ? "" : Age, Category,
        }.Where(x => x.Length > 0));
    }

    internal static bool Same(string? a, string? b) => string.Equals((a ?? "").Trim(), (b ?? "").Trim(), StringComparison.OrdinalIgnoreCase);

    internal static IReadOnlyList<IndicatorValue> SeriesOf(ReportContext context, IndicatorDefinition indicator, string areaCode, Breakdown b) =>
        context.Data.Values.Series(indicator.Id, areaCode, b.Sex, b.Age, b.CategoryType, b.Category);

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
                var whiskers = safe is not null && Wording.WordingRules.ShowsInterval(indicator);
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
        var whiskers = Wording.WordingRules.ShowsInterval(indicator);
        foreach (var a in areas.Prepend(context.Area).DistinctBy(a => a.Code))
        {
            if (a.Type == AreaType.England) continue;
            var v = At(a.Code);
            if (Safe(context, indicator, v?.Value) is null) continue;
            var outcome = Wording.WordingRules.Outcome(indicator, v, england?.Value, benchmarkIsEngland: true);
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

    /// <summary>One row of a one-period table or one bar position: a label, the indicator and the breakdown.</summary>
    internal sealed record Slot(string Label, IndicatorDefinition Indicator, Breakdown Breakdown);

    /// <summary>
    /// The positions of a one-period chart or table: the indicators (<c>by: indicator</c>), male and female, the age
    /// bands any of the areas has, or the categories of a category type the focus area has. Null for an unknown word.
    /// </summary>
    internal static List<Slot>? Slots(ReportContext context, IReadOnlyList<IndicatorDefinition> indicators, string by,
        string? sex, string? age, string? categoryType, string? category, IReadOnlyList<Area> areas, string focusCode)
    {
        var indicator = indicators[0];
        var headline = Breakdown.From(indicator, sex, age, null, null);
        var slots = new List<Slot>();
        switch (by.Trim().ToLowerInvariant())
        {
            case "indicator":
                foreach (var ind in indicators) slots.Add(new(ind.DisplayName, ind, Breakdown.From(ind, sex, age, categoryType, category)));
                break;
            case "sex":
                foreach (var s in new[] { "Male", "Female" }) slots.Add(new(s, indicator, headline with { Sex = s }));
                break;
            case "age":
                var ages = context.Data.Values.ForIndicator(indicator.Id)
                    .Where(v => v.Value is not null && v.CategoryType.Length == 0 && Same(v.Sex, headline.Sex) && !Same(v.Age, indicator.Age)
                        && areas.Any(a => Same(a.Code, v.AreaCode)))
                    .Select(v => v.Age).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(AgeStart).ToList();
                foreach (var a in ages) slots.Add(new(AgeLabel(a), indicator, headline with { Age = a }));
                break;
            case "category":
                var cats = context.Data.Values.BreakdownOf(indicator.Id, focusCode, categoryType ?? "")
                    .Where(v => (v.Value is not null || v.Count is not null) && Same(v.Sex, headline.Sex) && Same(v.Age, headline.Age))
                    .Select(v => (v.CategoryType, v.Category)).Distinct().OrderBy(c => CategoryOrder(context, indicator, c.Category)).ToList();
                foreach (var (type, cat) in cats) slots.Add(new(cat, indicator, headline with { CategoryType = type, Category = cat }));
                break;
            default:
                return null;
        }
        return slots;
    }

    public static PopulationPyramidSpec? Pyramid(ReportContext context, IndicatorDefinition indicator, ChartBlockOptions o,
        BlockProvenance? track = null)
    {
        // `areas: [E07000008]` (one area, a district for instance) draws that area's profile instead of the report area's;
        // an unknown area was already reported by the block handler.
        var focus = o.Areas is { Count: 1 } ? AreaSelector.Resolve(o.Areas, context, _ => { }).FirstOrDefault() ?? context.Area : context.Area;
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

    /// <summary>Where a category first appears in the indicator's data, so every chart and table lists (and colours)
    /// the categories of an indicator in the same order.</summary>
    internal static int CategoryOrder(ReportContext context, IndicatorDefinition indicator, string category)
    {
        var all = context.Data.Values.Categories(indicator.Id);
        for (int k = 0; k < all.Count; k++)
            if (string.Equals(all[k].Category, category, StringComparison.OrdinalIgnoreCase)) return k;
        return int.MaxValue;
    }

    /// <summary>An age band as a label: "18 to 29", "50 and over", "Under 15".</summary>
    internal static string AgeLabel(string band)
    {
        var words = Liquid.IndicatorDrop.AgeWords(band);
        return words.Length == 0 ? band : char.ToUpperInvariant(words[0]) + words[1..];
    }

    internal static int AgeStart(string band)
    {
        if (band.TrimStart().StartsWith('<')) return 0;
        var digits = new string(band.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var n) ? n : int.MaxValue;
    }

    public static SpineChartSpec? Spine(ReportContext context, IReadOnlyList<IndicatorDefinition> indicators, ChartBlockOptions o,
        BlockProvenance? track = null)
    {
        var rows = new List<SpineRow>();
        foreach (var indicator in indicators)
        {
            var facts = context.FactsFor(indicator, context.Area);
            if (facts.Latest?.Value is not { } value || facts.England?.Value is not { } england) continue;
            var rangeRows = context.Data.Values.AllAreas(indicator.Id, facts.Latest.Period, indicator.Sex, indicator.Age)
                .Where(v => v.Value is not null && context.Data.Areas.Find(v.AreaCode)?.IsUpperTier == true).ToList();
            var all = rangeRows.Select(v => v.Value!.Value).ToList();
            if (all.Count < EnglandRange.MinimumValuesForPercentiles) continue;
            // The range and percentiles are worked out from every upper-tier row, so each is behind the printed row.
            track?.Add(indicator.DisplayName, facts.Latest);
            track?.Add(indicator.DisplayName, facts.England);
            foreach (var r in rangeRows) track?.Add(indicator.DisplayName, r, derived: true);
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
