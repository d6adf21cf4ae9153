using ReportGen.Data.Model;
using ReportGen.Statistics;

namespace ReportGen.Templates.Wording;

/// <summary>
/// The wording rules in one place. Every sentence, table label and chart marking that compares an area with a
/// benchmark, or describes a change over time, is chosen here from the statistical result and the kind of number:
/// <list type="bullet">
/// <item>a comparison word ("higher", "lower") only when a test says so: the confidence intervals, or the comparison
/// the source publishes with its own method;</item>
/// <item>"similar" when the test finds no difference (never "higher ..., but not significantly");</item>
/// <item>where no test applies, the two values side by side ("compared with 42.9% in England"), never a direction;</item>
/// <item>no significance language for modelled estimates or complete counts, no confidence intervals for complete counts;</item>
/// <item>no better/worse judgement for modelled estimates;</item>
/// <item>changes and rates in natural words ("an increase of 13.6%", "about 14 in every 1,000").</item>
/// </list>
/// </summary>
public static class WordingRules
{
    /// <summary>
    /// The outcome to word for one value against a benchmark: the published comparison with England when the source gives
    /// one (its own method), otherwise the 95% confidence-interval test; never a test for a complete count.
    /// </summary>
    public static ComparisonOutcome Outcome(IndicatorDefinition indicator, IndicatorValue? area, double? benchmark, bool benchmarkIsEngland)
    {
        if (area?.Value is null || benchmark is null) return ComparisonOutcome.NotCompared;
        if (indicator.Basis == EvidenceBasis.CompleteCount) return ComparisonOutcome.NotCompared;
        if (benchmarkIsEngland && area.PublishedComparisonWithEngland is { } published and not ComparisonOutcome.NotCompared)
            return WithoutJudgement(indicator, published, area.Value.Value > benchmark.Value);
        var outcome = BenchmarkComparison.Compare(area.Value, area.Lower95, area.Upper95, benchmark, indicator.Polarity);
        return WithoutJudgement(indicator, outcome, area.Value.Value > benchmark.Value);
    }

    /// <summary>A modelled estimate is never labelled better or worse: only higher or lower.</summary>
    private static ComparisonOutcome WithoutJudgement(IndicatorDefinition indicator, ComparisonOutcome outcome, bool higher)
    {
        if (indicator.Basis != EvidenceBasis.Modelled) return outcome;
        return outcome switch
        {
            ComparisonOutcome.Better or ComparisonOutcome.Worse or ComparisonOutcome.Best or ComparisonOutcome.Worst
                or ComparisonOutcome.Highest or ComparisonOutcome.Lowest => higher ? ComparisonOutcome.Higher : ComparisonOutcome.Lower,
            _ => outcome,
        };
    }

    private static bool IsDifferent(ComparisonOutcome o) => o is not (ComparisonOutcome.Similar or ComparisonOutcome.NotCompared);

    /// <summary>
    /// The comparison as a phrase that follows the value: "significantly higher than England (14.5 per 100,000)",
    /// "similar to England (14.5 per 100,000)", "compared with 14.5 per 100,000 in England". <paramref name="brief"/> leaves
    /// out the plain note that no test was possible (say that once, in the introduction).
    /// </summary>
    public static string Comparison(IndicatorDefinition indicator, ComparisonOutcome outcome, double value, double benchmark,
        string benchmarkName, string benchmarkText, bool brief = false)
    {
        var (a, b) = (NumberFormat.Round(value, indicator.Decimals), NumberFormat.Round(benchmark, indicator.Decimals));
        var direction = a > b ? "higher than" : "lower than";
        if (indicator.Basis == EvidenceBasis.CompleteCount)
            return a == b ? $"the same as {benchmarkName} ({benchmarkText})" : $"{direction} {benchmarkName} ({benchmarkText})";
        if (outcome == ComparisonOutcome.Similar) return $"similar to {benchmarkName} ({benchmarkText})";
        if (outcome == ComparisonOutcome.NotCompared)
            return brief ? $"compared with {benchmarkText} in {benchmarkName}"
                : $"compared with {benchmarkText} in {benchmarkName} (the data allow no test of whether the difference is significant)";
        // A significant difference: modelled estimates are described without the word "significantly".
        var higher = value > benchmark;
        var words = higher ? "higher than" : "lower than";
        return indicator.Basis == EvidenceBasis.Modelled
            ? $"{words} {benchmarkName} ({benchmarkText})"
            : $"significantly {words} {benchmarkName} ({benchmarkText})";
    }

    /// <summary>Short label for tables: "Significantly higher", "Similar", "Higher" (a complete count), "Not tested".</summary>
    public static string ShortLabel(IndicatorDefinition indicator, ComparisonOutcome outcome, double value, double benchmark)
    {
        var (a, b) = (NumberFormat.Round(value, indicator.Decimals), NumberFormat.Round(benchmark, indicator.Decimals));
        if (indicator.Basis == EvidenceBasis.CompleteCount) return a > b ? "Higher" : a < b ? "Lower" : "Same";
        return outcome switch
        {
            ComparisonOutcome.Similar => "Similar",
            ComparisonOutcome.NotCompared => "Not tested",
            _ when indicator.Basis == EvidenceBasis.Modelled => value > benchmark ? "Higher" : "Lower",
            _ => value > benchmark ? "Significantly higher" : "Significantly lower",
        };
    }

    /// <summary>"better" or "worse" where the polarity gives a judgement and the indicator allows one; otherwise "".</summary>
    public static string Judgement(IndicatorDefinition indicator, ComparisonOutcome outcome) =>
        indicator.Basis != EvidenceBasis.Measured ? "" : outcome switch
        {
            ComparisonOutcome.Better or ComparisonOutcome.Best => "better",
            ComparisonOutcome.Worse or ComparisonOutcome.Worst => "worse",
            _ => "",
        };

    /// <summary>True when confidence intervals may be drawn or quoted: never for a complete count.</summary>
    public static bool ShowsInterval(IndicatorDefinition indicator) => indicator.Basis != EvidenceBasis.CompleteCount;

    /// <summary>
    /// The recent trend as a verb phrase. A significance test's label is worded "significantly" only for measured data;
    /// a modelled estimate or a complete count "has fallen in recent estimates / periods".
    /// </summary>
    public static string Trend(IndicatorDefinition indicator, string? label)
    {
        if (indicator.Basis == EvidenceBasis.Measured) return Phrases.TrendPhrase(label);
        var over = indicator.Basis == EvidenceBasis.Modelled ? "in recent estimates" : "in recent periods";
        return label switch
        {
            null or "" => "no recent trend could be calculated",
            var s when s.StartsWith("Increasing", StringComparison.OrdinalIgnoreCase) => $"has risen {over}",
            var s when s.StartsWith("Decreasing", StringComparison.OrdinalIgnoreCase) => $"has fallen {over}",
            var s when s.StartsWith("No significant change", StringComparison.OrdinalIgnoreCase) => $"has changed little {over}",
            _ => "has a recent trend that cannot be calculated",
        };
    }

    /// <summary>
    /// Direction of a trend for consistency checks: +1 rising, -1 falling, 0 no change, null unknown; whether the words
    /// claim significance.
    /// </summary>
    public static int? TrendDirection(string? label) => label switch
    {
        null or "" => null,
        var s when s.StartsWith("Increasing", StringComparison.OrdinalIgnoreCase) => 1,
        var s when s.StartsWith("Decreasing", StringComparison.OrdinalIgnoreCase) => -1,
        var s when s.StartsWith("No significant change", StringComparison.OrdinalIgnoreCase) => 0,
        _ => null,
    };

    /// <summary>A relative change in words: "an increase of 13.6%", "a fall of 4.2%", "no change".</summary>
    public static string ChangeInWords(double first, double last, int decimals = 1)
    {
        if (first == 0) return last == 0 ? "no change" : "a change from zero";
        var percent = NumberFormat.Round((last - first) / Math.Abs(first) * 100, decimals);
        if (percent == 0) return "no change";
        var size = NumberFormat.Number(Math.Abs(percent), decimals) + "%";
        return percent > 0 ? $"an increase of {size}" : $"a fall of {size}";
    }

    /// <summary>
    /// A rate in everyday words: 13.75 per 1,000 is "about 14 in every 1,000"; 0.45 per 1,000 is "about 5 in every
    /// 10,000"; 26.2% is "about 26 in every 100".
    /// </summary>
    public static string RateInWords(double value, double perHowMany)
    {
        if (value <= 0 || perHowMany <= 0) return "none";
        var (v, per) = (value, perHowMany);
        while (NumberFormat.Round(v, 0) < 1 && per < 1e9) { v *= 10; per *= 10; }
        var whole = NumberFormat.Round(v, 0);
        var about = Math.Abs(whole - v) < 1e-9 ? "" : "about ";
        return $"{about}{NumberFormat.Count(whole)} in every {NumberFormat.Count(per)}";
    }
}
