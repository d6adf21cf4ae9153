namespace ReportGen.Statistics;

/// <summary>A plain count of events treated as a Poisson variable, with no denominator.</summary>
public static class Counts
{
    /// <summary>The count itself with Poisson limits: exact below 10 events, Byar's from 10.</summary>
    /// <param name="count">Number of events; null when not known.</param>
    /// <returns>The estimate; when the count is missing, an estimate with no value and a note.</returns>
    /// <exception cref="ArgumentException">When the count is negative.</exception>
    public static Estimate Poisson(double? count)
    {
        if (count is not { } x)
        {
            return Estimate.Missing("", "Count missing.");
        }

        return Estimate.From(
            x,
            PoissonLimits.ForCount(x, ConfidenceLevel.Level95),
            PoissonLimits.ForCount(x, ConfidenceLevel.Level998),
            PoissonLimits.MethodFor(x));
    }
}
