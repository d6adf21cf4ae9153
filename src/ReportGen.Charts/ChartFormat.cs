using System.Globalization;

namespace ReportGen.Charts;

/// <summary>Number and wording rules shared by alt text, data tables and labels drawn in charts.</summary>
public static class ChartFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Text for a missing value in tables and labels.</summary>
    public const string Missing = "-";

    /// <summary>A number with thousands separators and a fixed number of decimals: "1,234.5".</summary>
    public static string Number(double value, int decimals) =>
        value.ToString("N" + Math.Clamp(decimals, 0, 6), Invariant);

    /// <summary>A number or, when missing, the note (for example "*") or "-".</summary>
    public static string Number(double? value, int decimals, string? note = null) =>
        value is { } v && double.IsFinite(v) ? Number(v, decimals) : string.IsNullOrWhiteSpace(note) ? Missing : note;

    /// <summary>A number followed by its unit: "10.2 per 100,000", "52.5%".</summary>
    public static string WithUnit(double value, int decimals, string unit)
    {
        var number = Number(value, decimals);
        if (string.IsNullOrWhiteSpace(unit)) return number;
        return unit.StartsWith('%') ? number + unit : number + " " + unit.Trim();
    }

    /// <summary>"8.9 to 11.6", or null when either limit is missing.</summary>
    public static string? Interval(double? lower, double? upper, int decimals) =>
        lower is { } l && upper is { } u && double.IsFinite(l) && double.IsFinite(u)
            ? $"{Number(l, decimals)} to {Number(u, decimals)}"
            : null;

    /// <summary>Axis tick text: thousands separators, no trailing zeros, never "2,016"-style years (axes of years are categories).</summary>
    public static string Tick(double value)
    {
        if (Math.Abs(value) < 1e-9) value = 0;
        return value.ToString("#,##0.######", Invariant);
    }

    /// <summary>The short word for a category: "Better", "Similar", "Not compared"; empty for None.</summary>
    public static string ComparisonWord(ComparisonCategory comparison) => comparison switch
    {
        ComparisonCategory.Better => "Better",
        ComparisonCategory.Similar => "Similar",
        ComparisonCategory.Worse => "Worse",
        ComparisonCategory.Higher => "Higher",
        ComparisonCategory.Lower => "Lower",
        ComparisonCategory.NotCompared => "Not compared",
        _ => "",
    };

    /// <summary>The category against a benchmark: "similar to England", "better than England"; empty for None.</summary>
    public static string ComparisonPhrase(ComparisonCategory comparison, string benchmark) => comparison switch
    {
        ComparisonCategory.Better => $"better than {benchmark}",
        ComparisonCategory.Similar => $"similar to {benchmark}",
        ComparisonCategory.Worse => $"worse than {benchmark}",
        ComparisonCategory.Higher => $"higher than {benchmark}",
        ComparisonCategory.Lower => $"lower than {benchmark}",
        ComparisonCategory.NotCompared => $"not compared with {benchmark}",
        _ => "",
    };

    /// <summary>The legend text for a category: "Similar to England".</summary>
    public static string ComparisonLegend(ComparisonCategory comparison, string benchmark)
    {
        var phrase = ComparisonPhrase(comparison, benchmark);
        return phrase.Length == 0 ? "" : char.ToUpperInvariant(phrase[0]) + phrase[1..];
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    /// <summary>"Cambridgeshire's" / "Wales'" for alt text sentences.</summary>
    public static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    /// <summary>The noun for the measure in sentences: "rate", "percentage" or "value".</summary>
    public static string MeasureNoun(ChartSpec spec)
    {
        var label = spec.ValueAxisLabel ?? "";
        if (label.Contains("rate", StringComparison.OrdinalIgnoreCase) || spec.Unit.StartsWith("per ", StringComparison.OrdinalIgnoreCase))
            return "rate";
        if (spec.Unit.StartsWith('%') || label.Contains('%') || label.Contains("percent", StringComparison.OrdinalIgnoreCase))
            return "percentage";
        if (label.Contains("number", StringComparison.OrdinalIgnoreCase) || label.Contains("count", StringComparison.OrdinalIgnoreCase))
            return "number";
        return "value";
    }

    /// <summary>The subject with a lower-case first letter for use inside a sentence, unless it starts with an acronym.</summary>
    public static string InSentence(string subject)
    {
        if (subject.Length < 2 || char.IsUpper(subject[1])) return subject;
        return char.ToLowerInvariant(subject[0]) + subject[1..];
    }
}
