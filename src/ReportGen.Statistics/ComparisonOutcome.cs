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
    /// <summary>Better than the benchmark at the 99.8% level (two-level comparison).</summary>
    Best,
    /// <summary>Worse than the benchmark at the 99.8% level (two-level comparison).</summary>
    Worst,
    /// <summary>Higher than the benchmark at the 99.8% level, for an indicator with no judgement (two-level comparison).</summary>
    Highest,
    /// <summary>Lower than the benchmark at the 99.8% level, for an indicator with no judgement (two-level comparison).</summary>
    Lowest,
}

public static class ComparisonOutcomeExtensions
{
    /// <summary>The label Fingertips writes in "Compared to England value or percentiles".</summary>
    /// <remarks>The 99.8% outcomes use the names of the newer Fingertips service (Best, Worst, Highest, Lowest).</remarks>
    public static string ToFingertipsLabel(this ComparisonOutcome outcome) => outcome switch
    {
        ComparisonOutcome.Better => "Better",
        ComparisonOutcome.Similar => "Similar",
        ComparisonOutcome.Worse => "Worse",
        ComparisonOutcome.Higher => "Higher",
        ComparisonOutcome.Lower => "Lower",
        ComparisonOutcome.Best => "Best",
        ComparisonOutcome.Worst => "Worst",
        ComparisonOutcome.Highest => "Highest",
        ComparisonOutcome.Lowest => "Lowest",
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
        "best" => ComparisonOutcome.Best,
        "worst" => ComparisonOutcome.Worst,
        "highest" => ComparisonOutcome.Highest,
        "lowest" => ComparisonOutcome.Lowest,
        _ => ComparisonOutcome.NotCompared,
    };
}
