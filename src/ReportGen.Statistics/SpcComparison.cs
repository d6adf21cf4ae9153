using MathNet.Numerics.Distributions;

namespace ReportGen.Statistics;

/// <summary>
/// Fingertips' control-limit comparisons: limits are built around the benchmark for the area's size, and the area's value is
/// compared with them. Comparator method 5 is for proportions and method 6 for directly standardised rates.
/// </summary>
/// <remarks>
/// An area above the upper limit is significantly higher, below the lower limit significantly lower, otherwise Similar;
/// the polarity then gives Better/Worse or Higher/Lower. z comes from the exact normal quantile (Fingertips' tests use 1.96 and 3.0902).
/// </remarks>
public static class SpcComparison
{
    /// <summary>
    /// Wilson-type control limits around the benchmark proportion P0 for a denominator N, in the indicator's units:
    /// with E = N P0, (2E + z^2 -/+ z sqrt(z^2 + 4E(1 - E/N))) / (2(N + z^2)), times the multiplier.
    /// </summary>
    /// <param name="benchmark">The benchmark value in the indicator's units (e.g. a percentage).</param>
    /// <param name="denominator">The area's denominator; greater than zero.</param>
    /// <param name="multiplier">100 for percentages, 1 for proportions of 1.</param>
    /// <param name="confidence">Confidence level as a fraction.</param>
    /// <exception cref="ArgumentException">When the denominator is not positive.</exception>
    public static ConfidenceInterval ProportionLimits(double benchmark, double denominator, double multiplier, double confidence)
    {
        RequirePositive(denominator, nameof(denominator));
        double z = ConfidenceLevel.Z(confidence);
        double zz = z * z;
        double expected = denominator * benchmark / multiplier;
        double centre = 2 * expected + zz;
        double spread = z * Math.Sqrt(zz + 4 * expected * (1 - expected / denominator));
        double scale = 2 * (denominator + zz);
        return new ConfidenceInterval((centre - spread) / scale, (centre + spread) / scale).Scale(multiplier);
    }

    /// <summary>
    /// Poisson control limits around a benchmark rate for a population, in the indicator's units. The expected count is
    /// E = benchmark x population / multiplier; the limits are the Poisson means at which at least ceil(E) events (lower), or
    /// at most floor(E) events (upper), have tail probability (1 - c) / 2. For a whole-number E these are the exact Poisson limits.
    /// This reproduces the search Fingertips performs over Poisson sums.
    /// </summary>
    /// <param name="benchmark">The benchmark rate.</param>
    /// <param name="population">The area's population (Fingertips' second denominator); greater than zero.</param>
    /// <param name="multiplier">E.g. 100000 for a rate per 100,000.</param>
    /// <param name="confidence">Confidence level as a fraction.</param>
    /// <exception cref="ArgumentException">When the population is not positive or the benchmark is negative.</exception>
    public static ConfidenceInterval DsrLimits(double benchmark, double population, double multiplier, double confidence)
    {
        RequirePositive(population, nameof(population));
        if (!(benchmark >= 0))
        {
            throw new ArgumentException($"The benchmark rate must be zero or more (was {benchmark}).", nameof(benchmark));
        }

        double expected = benchmark * population / multiplier;
        double atLeast = Math.Ceiling(expected);
        double lower = atLeast == 0 ? 0 : Gamma.InvCDF(atLeast, 1, ConfidenceLevel.LowerTail(confidence));
        double upper = Gamma.InvCDF(Math.Floor(expected) + 1, 1, ConfidenceLevel.UpperTail(confidence));
        return new ConfidenceInterval(lower, upper).Scale(multiplier / population);
    }

    /// <summary>Comparator method 5: compares a proportion with control limits around the benchmark.</summary>
    /// <param name="value">The area's value in the indicator's units.</param>
    /// <param name="denominator">The area's denominator.</param>
    /// <param name="benchmark">The benchmark value in the same units.</param>
    /// <param name="multiplier">100 for percentages, 1 for proportions of 1.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="confidence">Confidence level as a fraction; 0.95 by default.</param>
    /// <returns><see cref="ComparisonOutcome.NotCompared"/> when an input is missing or the denominator is not positive.</returns>
    public static ComparisonOutcome CompareProportion(
        double? value, double? denominator, double? benchmark, double multiplier, Polarity polarity, double confidence = ConfidenceLevel.Level95)
    {
        if (!Usable(value, denominator, benchmark))
        {
            return ComparisonOutcome.NotCompared;
        }

        return Outcome(value!.Value, ProportionLimits(benchmark!.Value, denominator!.Value, multiplier, confidence), polarity);
    }

    /// <summary>Comparator method 6: compares a directly standardised rate with Poisson control limits around the benchmark.</summary>
    /// <param name="value">The area's rate.</param>
    /// <param name="population">The area's population.</param>
    /// <param name="benchmark">The benchmark rate.</param>
    /// <param name="multiplier">E.g. 100000 for a rate per 100,000.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="confidence">Confidence level as a fraction; 0.95 by default.</param>
    /// <returns><see cref="ComparisonOutcome.NotCompared"/> when an input is missing, the population is not positive or the benchmark is negative.</returns>
    public static ComparisonOutcome CompareDsr(
        double? value, double? population, double? benchmark, double multiplier, Polarity polarity, double confidence = ConfidenceLevel.Level95)
    {
        if (!Usable(value, population, benchmark) || benchmark < 0)
        {
            return ComparisonOutcome.NotCompared;
        }

        return Outcome(value!.Value, DsrLimits(benchmark!.Value, population!.Value, multiplier, confidence), polarity);
    }

    private static ComparisonOutcome Outcome(double value, ConfidenceInterval limits, Polarity polarity)
    {
        if (value > limits.Upper)
        {
            return polarity.Judge(areaIsHigher: true);
        }

        if (value < limits.Lower)
        {
            return polarity.Judge(areaIsHigher: false);
        }

        return ComparisonOutcome.Similar;
    }

    private static bool Usable(double? value, double? size, double? benchmark) =>
        value is { } v && double.IsFinite(v)
        && size is { } n && double.IsFinite(n) && n > 0
        && benchmark is { } b && double.IsFinite(b);

    private static void RequirePositive(double size, string name)
    {
        if (!double.IsFinite(size) || size <= 0)
        {
            throw new ArgumentException($"The {name} must be greater than zero (was {size}).", name);
        }
    }
}
