namespace ReportGen.Statistics;

/// <summary>Crude rates (events / population) with Poisson limits, as PHEindicatormethods <c>phe_rate</c>.</summary>
public static class CrudeRates
{
    /// <summary>
    /// The rate x / n times the multiplier. Limits are exact Poisson below 10 events and Byar's from 10;
    /// a negative Byar's lower limit is left null. The count may exceed the population (repeat events).
    /// </summary>
    /// <param name="count">Number of events; null when not known.</param>
    /// <param name="denominator">Population; null when not known.</param>
    /// <param name="multiplier">E.g. 100000 for a rate per 100,000.</param>
    /// <returns>The estimate; when the count or denominator is missing, an estimate with no value and a note.</returns>
    /// <exception cref="ArgumentException">When the count is negative or the denominator is not positive.</exception>
    public static Estimate Rate(double? count, double? denominator, double multiplier = 100000)
    {
        string method = count is { } known ? PoissonLimits.MethodFor(known) : "";
        if (count is not { } x || denominator is not { } n)
        {
            return Estimate.Missing(method, "Count or denominator missing.");
        }

        if (!double.IsFinite(n) || n <= 0)
        {
            throw new ArgumentException($"The denominator must be greater than zero (was {n}).", nameof(denominator));
        }

        double factor = multiplier / n;
        return Estimate.From(
            x * factor,
            PoissonLimits.ForCount(x, ConfidenceLevel.Level95).Scale(factor),
            PoissonLimits.ForCount(x, ConfidenceLevel.Level998).Scale(factor),
            method);
    }
}
