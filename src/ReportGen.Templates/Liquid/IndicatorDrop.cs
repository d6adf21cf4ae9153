using ReportGen.Statistics;
using ReportGen.Templates.Facts;
using ReportGen.Templates.Wording;

namespace ReportGen.Templates.Liquid;

/// <summary>
/// One indicator for one area as seen from a chapter: <c>{{ area.ind.alcohol_specific_mortality.value }}</c>.
/// Every field is worded by the wording helpers and recorded in the ledger. When the data is missing the fields
/// say "not available" and the build lists a warning naming the indicator and the area.
/// </summary>
public sealed class IndicatorDrop(IndicatorFacts facts, ReportContext context, BreakdownKey? breakdown = null)
{
    private BreakdownKey Current => breakdown ?? new BreakdownKey(facts.Indicator.Sex, facts.Indicator.Age, "", "");

    private const string NotAvailable = "not available";

    private int Decimals => facts.Indicator.Decimals;
    private string Unit => facts.Indicator.Unit;

    public string Name => facts.Indicator.Name;
    public string ShortName => facts.Indicator.DisplayName;
    public string UnitText => Unit;
    public string Source => facts.Indicator.Source;
    public bool Available => facts.Available;

    public string Period => Use("period", facts.Latest?.Period.Label ?? NotAvailable);

    /// <summary>Value with unit: "10.4 per 100,000".</summary>
    public string Value => Use("value", facts.Latest?.Value is { } v ? Show(v) : NotAvailable);

    /// <summary>
    /// For table cells: the value with its unit, or "-" (and no warning) when there is none; an illustrative value
    /// carries <see cref="Provenance.CellMark"/>, which its table explains in a note.
    /// </summary>
    public string Cell => !facts.Available ? "-" : Value + (IsIllustrative("value") ? Provenance.CellMark : "");

    private bool IsIllustrative(string field)
    {
        var (rows, group) = ValueSources.Of(facts, field);
        return group || rows.Any(r => r.Illustrative);
    }

    /// <summary>Value without unit: "10.4".</summary>
    public string Number => Use("number", facts.Latest?.Value is { } v ? Num(v) : NotAvailable);

    /// <summary>The value as a number, for filters (<c>| in_words</c>); null when missing.</summary>
    public double? Raw { get { Use("raw", ""); return facts.Latest?.Value is { } v && IsSmallCount(v) ? null : facts.Latest?.Value; } }

    /// <summary>Count with separators, suppressed below the disclosure threshold ("fewer than 5").</summary>
    public string Count => Use("count", facts.Latest?.Count is { } c ? context.Disclosure.CountText(c, facts.Indicator) : NotAvailable);

    /// <summary>True when the latest value has a count / 95% limits, so a sentence can leave them out otherwise.</summary>
    public bool HasCount => facts.Latest?.Count is not null;
    public bool HasCi => WordingRules.ShowsInterval(facts.Indicator) && facts.Latest is { Lower95: not null, Upper95: not null };

    public string Denominator => Use("denominator", facts.Latest?.Denominator is { } d ? NumberFormat.Count(d) : NotAvailable);

    /// <summary>"95% confidence interval 8.9 to 11.6".</summary>
    public string Ci => Use("ci", facts.Latest is { Lower95: { } l, Upper95: { } u } ? NumberFormat.Interval(l, u, Decimals) : "confidence interval not available");

    public string England => Use("england", facts.England?.Value is { } v ? Show(v) : NotAvailable);
    public string Region => Use("region", facts.Region?.Value is { } v ? Show(v) : NotAvailable);
    public string RegionName => facts.RegionArea?.Name ?? "the region";

    /// <summary>"significantly higher than England (14.5 per 100,000)".</summary>
    public string VsEngland => Use("vs_england", ComparisonText(facts.England, facts.VsEngland, "England"));

    public string VsRegion => Use("vs_region", ComparisonText(facts.Region, facts.VsRegion, facts.RegionArea?.Name ?? "the region"));

    /// <summary>As <see cref="VsEngland"/>, but where no significance test is possible the comparison is simply
    /// "compared with 57.4% in England", without the caveat; say once in the report why.</summary>
    public string VsEnglandBrief => Use("vs_england_brief", BriefText(facts.England, facts.VsEngland, "England"));

    public string VsRegionBrief => Use("vs_region_brief", BriefText(facts.Region, facts.VsRegion, facts.RegionArea?.Name ?? "the region"));

    private string BriefText(Data.Model.IndicatorValue? benchmark, ComparisonOutcome outcome, string name)
    {
        if (facts.Latest?.Value is not { } v || benchmark?.Value is not { } b) return NotAvailable;
        return WordingRules.Comparison(facts.Indicator, outcome, v, b, name, Show(b), brief: true);
    }

    /// <summary>"Significantly higher", "Similar", "Significantly lower".</summary>
    public string VsEnglandShort => Use("vs_england_short", facts.Latest?.Value is { } v && facts.England?.Value is { } e
        ? WordingRules.ShortLabel(facts.Indicator, facts.VsEngland, v, e) : NotAvailable);

    /// <summary>The Fingertips comparison label ("Better", "Similar", "Worse", "Higher", "Lower").</summary>
    public string VsEnglandLabel => Use("vs_england_label", facts.VsEngland.ToFingertipsLabel());

    /// <summary>"has fallen significantly in recent periods, which is an improvement".</summary>
    public string Trend => Use("trend", WordingRules.Trend(facts.Indicator, facts.TrendLabel));

    public string TrendLabel => Use("trend_label", facts.TrendLabel ?? "Cannot be calculated");

    /// <summary>"5th of 16".</summary>
    public string Rank => Use("rank", facts.Rank is { } r && facts.RankOf is { } n ? $"{NumberFormat.Ordinal(r)} of {n}" : NotAvailable);

    public string RankGroup => facts.RankGroupName ?? "comparator areas";

    public string FirstPeriod => Use("first_period", facts.Series.FirstOrDefault(v => v.Value is not null)?.Period.Label ?? NotAvailable);

    public string FirstValue => Use("first_value", facts.Series.FirstOrDefault(v => v.Value is not null)?.Value is { } v ? Show(v) : NotAvailable);

    /// <summary>Change from the first to the latest period, signed: "+2.1 per 100,000".</summary>
    public string Change => Use("change", ChangeText(relative: false));

    /// <summary>Relative change from the first to the latest period: "+12.5%".</summary>
    public string ChangePercent => Use("change_percent", ChangeText(relative: true));

    /// <summary>"increased" / "decreased" / "stayed the same" from the first to the latest period.</summary>
    public string Direction
    {
        get
        {
            var first = facts.Series.FirstOrDefault(v => v.Value is not null)?.Value;
            var last = facts.Latest?.Value;
            if (first is null || last is null) return Use("direction", NotAvailable);
            var a = NumberFormat.Round(first.Value, Decimals); var b = NumberFormat.Round(last.Value, Decimals);
            return Use("direction", b > a ? "increased" : b < a ? "decreased" : "stayed the same");
        }
    }

    /// <summary>The change since the first period in words: "an increase of 13.6%", "a fall of 4.2%".</summary>
    public string ChangeWords
    {
        get
        {
            var first = facts.Series.FirstOrDefault(v => v.Value is not null)?.Value;
            var last = facts.Latest?.Value;
            return Use("change_words", first is null || last is null ? NotAvailable : WordingRules.ChangeInWords(first.Value, last.Value));
        }
    }

    /// <summary>The value in everyday words: 13.75 per 1,000 is "about 14 in every 1,000".</summary>
    public string InEvery => Use("in_every", facts.Latest?.Value is { } v && facts.Indicator.Measure != MeasureType.Count
        ? WordingRules.RateInWords(v, facts.Indicator.Multiplier) : NotAvailable);

    private IReadOnlyList<Data.Model.IndicatorValue> AgeBandsLatest()
    {
        if (facts.Latest is null) return [];
        var period = facts.Latest.Period;
        var rows = context.Data.Values.ForIndicator(facts.Indicator.Id).Where(v =>
            string.Equals(v.AreaCode, facts.Area.Code, StringComparison.OrdinalIgnoreCase) && v.Period.Equals(period)
            && string.Equals(v.Sex, Current.Sex, StringComparison.OrdinalIgnoreCase)
            && string.Equals(v.CategoryType, Current.CategoryType, StringComparison.OrdinalIgnoreCase)
            && string.Equals(v.Category, Current.Category, StringComparison.OrdinalIgnoreCase));
        return DataPatterns.AgeBands(rows, facts.Indicator.Age);
    }

    /// <summary>The age band with the highest value in the latest period, in words ("25 to 34"); "" when not broken down by age.</summary>
    public string PeakAge => Use("peak_age", AgeWords(DataPatterns.PeakAge(AgeBandsLatest())));

    /// <summary>The age band with the lowest value in the latest period, in words.</summary>
    public string LowestAge => Use("lowest_age", AgeWords(DataPatterns.LowestAge(AgeBandsLatest())));

    /// <summary>"falling", "rising" or "mixed" across the age bands, youngest to oldest, for a guard:
    /// <c>{% if x.age_gradient == "falling" %}</c>; "" when not broken down by age.</summary>
    public string AgeGradient => Use("age_gradient", DataPatterns.AgeGradient(AgeBandsLatest(), Decimals));

    /// <summary>"men_higher", "women_higher", "similar" (95% intervals overlap) or "untested" (no intervals), for a guard.</summary>
    public string SexDifference
    {
        get
        {
            if (facts.Latest is null) return Use("sex_difference", "");
            var store = context.Data.Values;
            var p = facts.Latest.Period;
            var male = store.At(facts.Indicator.Id, facts.Area.Code, p, "Male", Current.Age, Current.CategoryType, Current.Category);
            var female = store.At(facts.Indicator.Id, facts.Area.Code, p, "Female", Current.Age, Current.CategoryType, Current.Category);
            return Use("sex_difference", DataPatterns.SexDifference(male, female, Decimals));
        }
    }

    /// <summary>The period before the latest one with a value, and its value: "up from 1,687 in 2022/23".</summary>
    public string PreviousPeriod => Use("previous_period", Previous?.Period.Label ?? NotAvailable);

    public string PreviousValue => Use("previous_value", Previous?.Value is { } v ? Show(v) : NotAvailable);

    private Data.Model.IndicatorValue? Previous =>
        facts.Series.Where(v => v.Value is not null && facts.Latest is not null && v.Period.CompareTo(facts.Latest.Period) < 0).LastOrDefault();

    /// <summary>A breakdown of the same indicator for the same area: <c>.sex.male</c>, <c>.age["18-24 yrs"]</c>,
    /// <c>.category.cannabis</c> (any category type; spaces may be written as underscores). Each has every field above.</summary>
    public BreakdownDrop Sex => new(facts, context, BreakdownKind.Sex, Current);
    public BreakdownDrop Age => new(facts, context, BreakdownKind.Age, Current);
    public BreakdownDrop Category => new(facts, context, BreakdownKind.Category, Current);

    /// <summary>The age band the value is for, in words: "16 to 59" ("16-59 yrs"), "55 and over", "under 18".</summary>
    public string AgeBand => AgeWords(Current.Age);

    internal static string AgeWords(string age)
    {
        var a = age.Trim();
        foreach (var suffix in new[] { " yrs", " years", "yrs" })
            if (a.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) { a = a[..^suffix.Length].Trim(); break; }
        if (a.Length == 0) return "";
        if (a.StartsWith('<')) return "under " + a[1..].Trim();
        if (a.EndsWith('+')) return a[..^1].Trim() + " and over";
        return a.Replace("-", " to ");
    }

    private string ChangeText(bool relative)
    {
        var first = facts.Series.FirstOrDefault(v => v.Value is not null)?.Value;
        var last = facts.Latest?.Value;
        if (first is null || last is null) return NotAvailable;
        if (relative) return first.Value == 0 ? NotAvailable : NumberFormat.Signed((last.Value - first.Value) / first.Value * 100, 1, "%");
        return NumberFormat.Signed(last.Value - first.Value, Decimals, Unit);
    }

    private string ComparisonText(Data.Model.IndicatorValue? benchmark, ComparisonOutcome outcome, string name)
    {
        if (facts.Latest?.Value is not { } v || benchmark?.Value is not { } b) return NotAvailable;
        return WordingRules.Comparison(facts.Indicator, outcome, v, b, name, Show(b));
    }

    /// <summary>A value with its unit; a count measure below the disclosure threshold is never printed.</summary>
    private string Show(double v) => IsSmallCount(v) ? $"fewer than {context.Disclosure.ThresholdFor(facts.Indicator)}" : NumberFormat.WithUnit(v, Decimals, Unit);

    private string Num(double v) => IsSmallCount(v) ? $"<{context.Disclosure.ThresholdFor(facts.Indicator)}" : NumberFormat.Number(v, Decimals);

    private bool IsSmallCount(double v) => facts.Indicator.Measure == Statistics.MeasureType.Count && context.Disclosure.Suppress(v, facts.Indicator);

    private string Use(string field, string text)
    {
        context.RecordUse(facts, field, text);
        return text;
    }
}

public enum BreakdownKind { Sex, Age, Category }

/// <summary>The sex, age band and category an <see cref="IndicatorDrop"/> shows.</summary>
public sealed record BreakdownKey(string Sex, string Age, string CategoryType, string Category);

/// <summary>
/// Looks up one breakdown of an indicator by name (<c>{{ area.ind.ocu_not_in_treatment.age["15-24 yrs"].value }}</c>)
/// and returns it as an <see cref="IndicatorDrop"/>, with the comparison against England's value for the same
/// breakdown. Names are matched ignoring case, spaces, underscores, punctuation and "yrs".
/// </summary>
public sealed class BreakdownDrop(IndicatorFacts headline, ReportContext context, BreakdownKind kind, BreakdownKey current)
{
    private static string Key(string s) => new string(s.ToLowerInvariant().Replace("years", "").Replace("yrs", "")
        .Where(char.IsLetterOrDigit).ToArray());

    public object? Lookup(string method)
    {
        var ind = headline.Indicator;
        var values = context.Data.Values.ForIndicator(ind.Id);
        var (sex, age, type, category) = (current.Sex, current.Age, current.CategoryType, current.Category);
        var key = Key(method);
        switch (kind)
        {
            case BreakdownKind.Sex:
                sex = values.Select(v => v.Sex).FirstOrDefault(s => Key(s) == key) ?? method;
                break;
            case BreakdownKind.Age:
                age = values.Select(v => v.Age).FirstOrDefault(a => Key(a) == key) ?? method;
                break;
            default:
                var match = context.Data.Values.Categories(ind.Id).FirstOrDefault(c => Key(c.Category) == key);
                (type, category) = match is null ? ("", method) : (match.CategoryType, match.Category);
                if (match is null)
                    context.Diagnostics.Warning("TPL023", $"Indicator '{ind.Id}' has no category '{method}'.", context.Ledger.CurrentLocation,
                        fix: "Use one of: " + string.Join(", ", context.Data.Values.Categories(ind.Id).Select(c => c.Category).Distinct().Take(20)) + ".");
                break;
        }
        return new IndicatorDrop(Compute(headline, context, sex, age, type, category), context, new BreakdownKey(sex, age, type, category));
    }

    /// <summary>Facts for a breakdown, worked out as <see cref="Facts.FactsCalculator"/> does for the headline (no rank).</summary>
    internal static IndicatorFacts Compute(IndicatorFacts headline, ReportContext context, string sex, string age, string type, string category)
    {
        var ind = headline.Indicator;
        var area = headline.Area;
        var store = context.Data.Values;
        var series = store.Series(ind.Id, area.Code, sex, age, type, category);
        var latest = series.LastOrDefault(v => v.Value is not null);
        var region = context.Data.Areas.RegionOf(area.Code);
        Data.Model.IndicatorValue? england = null, regionValue = null;
        ComparisonOutcome vsEngland = ComparisonOutcome.NotCompared, vsRegion = ComparisonOutcome.NotCompared;
        string? trend = null;
        if (latest is not null)
        {
            england = store.At(ind.Id, context.England.Code, latest.Period, sex, age, type, category);
            if (region is not null) regionValue = store.At(ind.Id, region.Code, latest.Period, sex, age, type, category);
            if (area.Type != Data.Model.AreaType.England)
            {
                vsEngland = WordingRules.Outcome(ind, latest, england?.Value, benchmarkIsEngland: true);
                vsRegion = WordingRules.Outcome(ind, latest, regionValue?.Value, benchmarkIsEngland: false);
            }
            var points = series.Where(v => v.Period.Years == 1 || ind.Measure != MeasureType.Proportion)
                .Select(v => new TrendPoint(v.Value, v.Lower95, v.Upper95, v.Count, v.Denominator)).ToList();
            trend = latest.PublishedTrend ?? RecentTrend.Calculate(points, ind.Measure, ind.Polarity).Label;
        }
        return new IndicatorFacts
        {
            Indicator = ind, Area = area, Series = series, Latest = latest, England = england, Region = regionValue,
            RegionArea = region, VsEngland = vsEngland, VsRegion = vsRegion, TrendLabel = trend,
            Breakdown = sex == ind.Sex && age == ind.Age && type.Length == 0 && category.Length == 0 ? "" : $"{sex}|{age}|{type}|{category}",
        };
    }
}
