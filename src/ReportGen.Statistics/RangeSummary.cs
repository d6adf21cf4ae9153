namespace ReportGen.Statistics;

/// <summary>
/// The spread of a set of area values (e.g. all upper-tier local authorities in England), as a spine chart draws it.
/// </summary>
/// <param name="Count">How many values were summarised.</param>
/// <param name="Lowest">The smallest value.</param>
/// <param name="Percentile25">The 25th percentile (see <see cref="EnglandRange"/> for the method).</param>
/// <param name="Median">The 50th percentile.</param>
/// <param name="Percentile75">The 75th percentile.</param>
/// <param name="Highest">The largest value.</param>
/// <param name="Polarity">The indicator's polarity, which decides which end is worst.</param>
public sealed record RangeSummary(
    int Count,
    double Lowest,
    double Percentile25,
    double Median,
    double Percentile75,
    double Highest,
    Polarity Polarity)
{
    /// <summary>The worst value for judged indicators (the highest when higher is worse); the lowest with no judgement.</summary>
    public double Worst => Polarity == Polarity.HigherIsWorse ? Highest : Lowest;

    /// <summary>The best value for judged indicators (the lowest when higher is worse); the highest with no judgement.</summary>
    public double Best => Polarity == Polarity.HigherIsWorse ? Lowest : Highest;

    /// <summary>
    /// True when there are enough values for Fingertips to publish percentiles (<see cref="EnglandRange.MinimumValuesForPercentiles"/>);
    /// with fewer, the percentiles are still calculated but Fingertips would not show them.
    /// </summary>
    public bool HasFingertipsPercentiles => Count >= EnglandRange.MinimumValuesForPercentiles;
}
