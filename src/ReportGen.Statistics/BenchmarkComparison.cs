namespace ReportGen.Statistics;

/// <summary>
/// Fingertips' comparison of an area with a benchmark (England, region) by whether the benchmark lies inside the area's confidence interval.
/// </summary>
/// <remarks>
/// <see cref="Compare(double?, double?, double?, double?, Polarity)"/> is Fingertips comparator method 1 (95% interval only);
/// <see cref="CompareTwoLevels(double?, double?, double?, double?, double?, double?, Polarity)"/> is method 17 (95% and 99.8%).
/// Limits are inclusive: a benchmark exactly on a limit counts as inside it.
/// </remarks>
public static class BenchmarkComparison
{
    /// <summary>
    /// Similar when the benchmark lies within the area's 95% interval (limits included); otherwise the area is significantly
    /// higher or lower, read through the polarity (Better/Worse, or Higher/Lower with no judgement).
    /// </summary>
    /// <param name="value">The area's value.</param>
    /// <param name="lower95">The area's lower 95% limit.</param>
    /// <param name="upper95">The area's upper 95% limit.</param>
    /// <param name="benchmark">The benchmark value.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns><see cref="ComparisonOutcome.NotCompared"/> when any input is missing or not a number.</returns>
    public static ComparisonOutcome Compare(double? value, double? lower95, double? upper95, double? benchmark, Polarity polarity)
    {
        if (!AllKnown(value, lower95, upper95, benchmark))
        {
            return ComparisonOutcome.NotCompared;
        }

        double b = benchmark!.Value;
        if (b >= lower95!.Value && b <= upper95!.Value)
        {
            return ComparisonOutcome.Similar;
        }

        return polarity.Judge(areaIsHigher: value > b);
    }

    /// <summary>Compares an estimate's 95% interval with a benchmark (comparator method 1).</summary>
    /// <param name="area">The area's estimate.</param>
    /// <param name="benchmark">The benchmark value.</param>
    /// <param name="polarity">Which direction is good.</param>
    public static ComparisonOutcome Compare(Estimate area, double? benchmark, Polarity polarity) =>
        Compare(area.Value, area.Lower95, area.Upper95, benchmark, polarity);

    /// <summary>
    /// Two-level comparison: Similar when the benchmark is inside the 95% interval; Better/Worse (Higher/Lower) when it is outside
    /// the 95% interval but inside the 99.8% one; Best/Worst (Highest/Lowest) when it is outside the 99.8% interval too.
    /// </summary>
    /// <param name="value">The area's value.</param>
    /// <param name="lower95">Lower 95% limit.</param>
    /// <param name="upper95">Upper 95% limit.</param>
    /// <param name="lower998">Lower 99.8% limit.</param>
    /// <param name="upper998">Upper 99.8% limit.</param>
    /// <param name="benchmark">The benchmark value.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns><see cref="ComparisonOutcome.NotCompared"/> when any input is missing or not a number.</returns>
    public static ComparisonOutcome CompareTwoLevels(
        double? value, double? lower95, double? upper95, double? lower998, double? upper998, double? benchmark, Polarity polarity)
    {
        if (!AllKnown(value, lower95, upper95, lower998, upper998, benchmark))
        {
            return ComparisonOutcome.NotCompared;
        }

        double b = benchmark!.Value;
        if (b >= lower95!.Value && b <= upper95!.Value)
        {
            return ComparisonOutcome.Similar;
        }

        bool areaIsHigher = value > b;
        bool insideWider = b >= lower998!.Value && b <= upper998!.Value;
        return insideWider ? polarity.Judge(areaIsHigher) : polarity.JudgeStrongly(areaIsHigher);
    }

    /// <summary>Compares an estimate's 95% and 99.8% intervals with a benchmark (comparator method 17).</summary>
    /// <param name="area">The area's estimate.</param>
    /// <param name="benchmark">The benchmark value.</param>
    /// <param name="polarity">Which direction is good.</param>
    public static ComparisonOutcome CompareTwoLevels(Estimate area, double? benchmark, Polarity polarity) =>
        CompareTwoLevels(area.Value, area.Lower95, area.Upper95, area.Lower998, area.Upper998, benchmark, polarity);

    private static bool AllKnown(params double?[] values) => values.All(v => v is { } x && double.IsFinite(x));
}
