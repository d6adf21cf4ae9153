using MathNet.Numerics.Distributions;

namespace ReportGen.Statistics;

/// <summary>
/// Confidence limits for a Poisson count of events: exact limits from chi-square quantiles and Byar's approximation.
/// </summary>
/// <remarks>
/// Public-health practice (PHEindicatormethods, Fingertips) uses the exact limits below 10 events and Byar's from 10 upwards;
/// <see cref="ForCount"/> makes that choice.
/// </remarks>
public static class PoissonLimits
{
    /// <summary>Counts below this use exact limits; counts at or above it use Byar's.</summary>
    public const double ExactBelow = 10;

    /// <summary>Exact limits below <see cref="ExactBelow"/> events, Byar's limits otherwise.</summary>
    /// <param name="count">The number of events (may be fractional, e.g. an average over years).</param>
    /// <param name="confidence">Confidence level as a fraction, e.g. 0.95.</param>
    /// <exception cref="ArgumentException">When the count is negative or not a finite number.</exception>
    public static ConfidenceInterval ForCount(double count, double confidence) =>
        count < ExactBelow ? Exact(count, confidence) : Byars(count, confidence);

    /// <summary>The method name <see cref="ForCount"/> uses for a count.</summary>
    public static string MethodFor(double count) => count < ExactBelow ? EstimateMethod.Exact : EstimateMethod.Byars;

    /// <summary>
    /// Exact Poisson limits: lower = chi-square quantile at (1 - c)/2 with 2x degrees of freedom, halved;
    /// upper = chi-square quantile at c + (1 - c)/2 with 2x + 2 degrees of freedom, halved. A count of 0 has lower limit 0.
    /// </summary>
    /// <param name="count">The number of events.</param>
    /// <param name="confidence">Confidence level as a fraction.</param>
    /// <exception cref="ArgumentException">When the count is negative or not a finite number.</exception>
    public static ConfidenceInterval Exact(double count, double confidence)
    {
        RequireCount(count);
        double lower = count == 0 ? 0 : ChiSquared.InvCDF(2 * count, ConfidenceLevel.LowerTail(confidence)) / 2;
        double upper = ChiSquared.InvCDF(2 * count + 2, ConfidenceLevel.UpperTail(confidence)) / 2;
        return new ConfidenceInterval(lower, upper);
    }

    /// <summary>
    /// Byar's approximation: lower = x(1 - 1/(9x) - z/(3 sqrt x))^3 and upper = (x+1)(1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))^3.
    /// A lower limit that comes out negative is returned as null; a count of 0 has lower limit 0.
    /// </summary>
    /// <param name="count">The number of events.</param>
    /// <param name="confidence">Confidence level as a fraction.</param>
    /// <exception cref="ArgumentException">When the count is negative or not a finite number.</exception>
    public static ConfidenceInterval Byars(double count, double confidence)
    {
        RequireCount(count);
        double z = ConfidenceLevel.Z(confidence);
        double? lower = count == 0 ? 0 : count * Math.Pow(1 - 1 / (9 * count) - z / (3 * Math.Sqrt(count)), 3);
        if (lower < 0)
        {
            lower = null;
        }

        double next = count + 1;
        double upper = next * Math.Pow(1 - 1 / (9 * next) + z / (3 * Math.Sqrt(next)), 3);
        return new ConfidenceInterval(lower, upper);
    }

    private static void RequireCount(double count)
    {
        if (!double.IsFinite(count) || count < 0)
        {
            throw new ArgumentException($"The count of events must be zero or more (was {count}).", nameof(count));
        }
    }
}
