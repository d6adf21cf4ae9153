namespace ReportGen.Statistics;

/// <summary>The result of comparing an area's value with a benchmark such as England.</summary>
public enum ComparisonOutcome
{
    NotCompared,
    Better,
    Similar,
    Worse,
    Higher,
    Lower,
}

public static class ComparisonOutcomeExtensions
{
    /// <summary>The label Fingertips writes in "Compared to England value or percentiles".</summary>
    public static string ToFingertipsLabel(this ComparisonOutcome outcome) => outcome switch
    {
        ComparisonOutcome.Better => "Better",
        ComparisonOutcome.Similar => "Similar",
        ComparisonOutcome.Worse => "Worse",
        ComparisonOutcome.Higher => "Higher",
        ComparisonOutcome.Lower => "Lower",
        _ => "Not compared",
    };

    /// <summary>Reads a Fingertips label back; unknown or blank text is <see cref="ComparisonOutcome.NotCompared"/>.</summary>
    public static ComparisonOutcome FromFingertipsLabel(string? label) => label?.Trim().ToLowerInvariant() switch
    {
        "better" => ComparisonOutcome.Better,
        "similar" or "same" => ComparisonOutcome.Similar,
        "worse" => ComparisonOutcome.Worse,
        "higher" => ComparisonOutcome.Higher,
        "lower" => ComparisonOutcome.Lower,
        _ => ComparisonOutcome.NotCompared,
    };
}
