namespace ReportGen.Statistics;

/// <summary>Proportions (count / denominator) with Wilson score confidence limits, as PHEindicatormethods <c>phe_proportion</c>.</summary>
public static class Proportions
{
    /// <summary>
    /// The proportion x / n times the multiplier, with 95% and 99.8% Wilson score limits (no continuity correction).
    /// </summary>
    /// <param name="count">Numerator x; null when not known.</param>
    /// <param name="denominator">Denominator n; null when not known.</param>
    /// <param name="multiplier">1 for a proportion of 1, 100 for a percentage.</param>
    /// <returns>The estimate; when the count or denominator is missing, an estimate with no value and a note.</returns>
    /// <exception cref="ArgumentException">When x is negative, n is not positive, or x is greater than n.</exception>
    public static Estimate Wilson(double? count, double? denominator, double multiplier = 1)
    {
        if (count is not { } x || denominator is not { } n)
        {
            return Estimate.Missing(EstimateMethod.Wilson, "Count or denominator missing.");
        }

        Validate(x, n);
        return Estimate.From(
            x / n * multiplier,
            WilsonInterval(x, n, ConfidenceLevel.Level95).Scale(multiplier),
            WilsonInterval(x, n, ConfidenceLevel.Level998).Scale(multiplier),
            EstimateMethod.Wilson);
    }

    /// <summary>
    /// Wilson score limits for x successes out of n, as a proportion of 1:
    /// (2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2)).
    /// </summary>
    /// <param name="count">Numerator x (may be fractional).</param>
    /// <param name="denominator">Denominator n.</param>
    /// <param name="confidence">Confidence level as a fraction.</param>
    /// <exception cref="ArgumentException">When x is negative, n is not positive, or x is greater than n.</exception>
    public static ConfidenceInterval WilsonInterval(double count, double denominator, double confidence)
    {
        Validate(count, denominator);
        double z = ConfidenceLevel.Z(confidence);
        double zz = z * z;
        double centre = 2 * count + zz;
        double spread = z * Math.Sqrt(zz + 4 * count * (1 - count / denominator));
        double scale = 2 * (denominator + zz);
        return new ConfidenceInterval((centre - spread) / scale, (centre + spread) / scale);
    }

    private static void Validate(double count, double denominator)
    {
        if (!double.IsFinite(count) || count < 0)
        {
            throw new ArgumentException($"The count must be zero or more (was {count}).", nameof(count));
        }

        if (!double.IsFinite(denominator) || denominator <= 0)
        {
            throw new ArgumentException($"The denominator must be greater than zero (was {denominator}).", nameof(denominator));
        }

        if (count > denominator)
        {
            throw new ArgumentException(
                $"The count ({count}) must not be greater than the denominator ({denominator}) for a proportion.", nameof(count));
        }
    }
}
