using ReportGen.Statistics;

namespace ReportGen.Templates.Wording;

/// <summary>
/// Sentence fragments worded from the statistics: comparisons, trends, proportions in words.
/// Comparisons with a benchmark, and the rules about which words a number allows, live in <see cref="WordingRules"/>.
/// </summary>
public static class Phrases
{
    /// <summary>Words for a proportion: 0.26 -> "about one in four", 0.36 -> "over a third".</summary>
    public static string ProportionInWords(double proportion)
    {
        if (proportion <= 0) return "none";
        if (proportion >= 1) return "all";
        (double Value, string Words)[] anchors =
        [
            (1.0 / 10, "one in ten"), (1.0 / 8, "one in eight"), (1.0 / 6, "one in six"), (1.0 / 5, "one in five"),
            (1.0 / 4, "a quarter"), (1.0 / 3, "a third"), (2.0 / 5, "two in five"), (1.0 / 2, "half"),
            (3.0 / 5, "three in five"), (2.0 / 3, "two thirds"), (3.0 / 4, "three quarters"), (4.0 / 5, "four in five"),
            (9.0 / 10, "nine in ten"),
        ];
        if (proportion < 0.08) return $"fewer than one in {Math.Max(10, (int)Math.Round(1 / proportion / 5) * 5)}";
        var nearest = anchors.MinBy(a => Math.Abs(a.Value - proportion));
        var diff = proportion - nearest.Value;
        if (Math.Abs(diff) < 0.01) return nearest.Words;
        if (Math.Abs(diff) > 0.05) return "about " + nearest.Words;
        return (diff > 0 ? "just over " : "just under ") + nearest.Words;
    }

    /// <summary>"increased", "decreased", "no significant change" as a verb phrase for a recent trend label.</summary>
    public static string TrendPhrase(string? fingertipsTrendLabel) => fingertipsTrendLabel switch
    {
        null or "" => "no recent trend could be calculated",
        var s when s.StartsWith("Increasing and getting better", StringComparison.OrdinalIgnoreCase) => "has increased significantly in recent periods, which is an improvement",
        var s when s.StartsWith("Increasing and getting worse", StringComparison.OrdinalIgnoreCase) => "has increased significantly in recent periods, which is a deterioration",
        var s when s.StartsWith("Decreasing and getting better", StringComparison.OrdinalIgnoreCase) => "has fallen significantly in recent periods, which is an improvement",
        var s when s.StartsWith("Decreasing and getting worse", StringComparison.OrdinalIgnoreCase) => "has fallen significantly in recent periods, which is a deterioration",
        var s when s.StartsWith("Increasing", StringComparison.OrdinalIgnoreCase) => "has increased significantly in recent periods",
        var s when s.StartsWith("Decreasing", StringComparison.OrdinalIgnoreCase) => "has fallen significantly in recent periods",
        var s when s.StartsWith("No significant change", StringComparison.OrdinalIgnoreCase) => "has shown no significant change in recent periods",
        _ => "has a recent trend that cannot be calculated",
    };
}
