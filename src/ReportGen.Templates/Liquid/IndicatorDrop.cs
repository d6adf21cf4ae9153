using DotLiquid;
using ReportGen.Statistics;
using ReportGen.Templates.Facts;
using ReportGen.Templates.Wording;

namespace ReportGen.Templates.Liquid;

/// <summary>
/// One indicator for one area as seen from a chapter: <c>{{ area.ind.alcohol_specific_mortality.value }}</c>.
/// Every field is worded by the wording helpers and recorded in the ledger. When the data is missing the fields
/// say "not available" and the build lists a warning naming the indicator and the area.
/// </summary>
public sealed class IndicatorDrop(IndicatorFacts facts, ReportContext context) : Drop
{
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
    public string Value => Use("value", facts.Latest?.Value is { } v ? NumberFormat.WithUnit(v, Decimals, Unit) : NotAvailable);

    /// <summary>Value without unit: "10.4".</summary>
    public string Number => Use("number", facts.Latest?.Value is { } v ? NumberFormat.Number(v, Decimals) : NotAvailable);

    /// <summary>The value as a number, for filters (<c>| in_words</c>); null when missing.</summary>
    public double? Raw { get { Use("raw", ""); return facts.Latest?.Value; } }

    /// <summary>Count with separators, suppressed below the disclosure threshold ("fewer than 5").</summary>
    public string Count => Use("count", facts.Latest?.Count is { } c ? context.Disclosure.CountText(c, facts.Indicator) : NotAvailable);

    public string Denominator => Use("denominator", facts.Latest?.Denominator is { } d ? NumberFormat.Count(d) : NotAvailable);

    /// <summary>"95% confidence interval 8.9 to 11.6".</summary>
    public string Ci => Use("ci", facts.Latest is { Lower95: { } l, Upper95: { } u } ? NumberFormat.Interval(l, u, Decimals) : "confidence interval not available");

    public string England => Use("england", facts.England?.Value is { } v ? NumberFormat.WithUnit(v, Decimals, Unit) : NotAvailable);
    public string Region => Use("region", facts.Region?.Value is { } v ? NumberFormat.WithUnit(v, Decimals, Unit) : NotAvailable);
    public string RegionName => facts.RegionArea?.Name ?? "the region";

    /// <summary>"significantly higher than England (14.5 per 100,000)".</summary>
    public string VsEngland => Use("vs_england", ComparisonText(facts.England, facts.VsEngland, "England"));

    public string VsRegion => Use("vs_region", ComparisonText(facts.Region, facts.VsRegion, facts.RegionArea?.Name ?? "the region"));

    /// <summary>"Significantly higher", "Similar", "Significantly lower".</summary>
    public string VsEnglandShort => Use("vs_england_short", facts.Latest?.Value is { } v && facts.England?.Value is { } e
        ? Phrases.ComparisonShort(facts.VsEngland, v, e) : NotAvailable);

    /// <summary>The Fingertips comparison label ("Better", "Similar", "Worse", "Higher", "Lower").</summary>
    public string VsEnglandLabel => Use("vs_england_label", facts.VsEngland.ToFingertipsLabel());

    /// <summary>"has fallen significantly in recent periods, which is an improvement".</summary>
    public string Trend => Use("trend", Phrases.TrendPhrase(facts.TrendLabel));

    public string TrendLabel => Use("trend_label", facts.TrendLabel ?? "Cannot be calculated");

    /// <summary>"5th of 16".</summary>
    public string Rank => Use("rank", facts.Rank is { } r && facts.RankOf is { } n ? $"{NumberFormat.Ordinal(r)} of {n}" : NotAvailable);

    public string RankGroup => facts.RankGroupName ?? "comparator areas";

    public string FirstPeriod => Use("first_period", facts.Series.FirstOrDefault(v => v.Value is not null)?.Period.Label ?? NotAvailable);

    public string FirstValue => Use("first_value", facts.Series.FirstOrDefault(v => v.Value is not null)?.Value is { } v ? NumberFormat.WithUnit(v, Decimals, Unit) : NotAvailable);

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
        return Phrases.Comparison(outcome, v, b, name, NumberFormat.WithUnit(b, Decimals, Unit));
    }

    private string Use(string field, string text)
    {
        context.RecordUse(facts, field, text);
        return text;
    }
}
