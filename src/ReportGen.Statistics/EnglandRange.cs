namespace ReportGen.Statistics;

/// <summary>Percentiles and the range summary behind spine charts (England worst, 25th and 75th percentiles, best).</summary>
/// <remarks>
/// Percentiles interpolate linearly between order statistics: with the n values sorted, the p-th percentile sits at
/// 1-based position h = (n - 1) p + 1 and is x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). This is the method
/// Fingertips uses for its spine charts (the same as Excel's PERCENTILE.INC and R's default quantile type 7), applied to the
/// values of the local authorities.
/// </remarks>
public static class EnglandRange
{
    /// <summary>Fingertips shows percentiles only when there are at least this many values.</summary>
    public const int MinimumValuesForPercentiles = 4;

    /// <summary>The p-th percentile of the values, interpolating linearly between order statistics.</summary>
    /// <param name="values">The values, in any order; at least one.</param>
    /// <param name="fraction">The percentile as a fraction from 0 to 1 (0.25 for the 25th).</param>
    /// <exception cref="ArgumentException">When there are no values, a value is not finite, or the fraction is outside 0 to 1.</exception>
    public static double Percentile(IEnumerable<double> values, double fraction)
    {
        if (!(fraction >= 0 && fraction <= 1))
        {
            throw new ArgumentException($"The percentile must be a fraction from 0 to 1 (was {fraction}).", nameof(fraction));
        }

        return PercentileOfSorted(SortedFinite(values), fraction);
    }

    /// <summary>
    /// Summarises the values for a spine chart: lowest, 25th percentile, median, 75th percentile and highest, with
    /// <see cref="RangeSummary.Worst"/> and <see cref="RangeSummary.Best"/> chosen by polarity.
    /// </summary>
    /// <param name="values">The value of every comparable area (e.g. each upper-tier local authority in England); at least one.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <exception cref="ArgumentException">When there are no values or a value is not finite.</exception>
    public static RangeSummary Summarise(IEnumerable<double> values, Polarity polarity)
    {
        var sorted = SortedFinite(values);
        return new RangeSummary(
            sorted.Count,
            sorted[0],
            PercentileOfSorted(sorted, 0.25),
            PercentileOfSorted(sorted, 0.5),
            PercentileOfSorted(sorted, 0.75),
            sorted[^1],
            polarity);
    }

    private static List<double> SortedFinite(IEnumerable<double> values)
    {
        var sorted = values.ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("At least one value is needed.", nameof(values));
        }

        if (sorted.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be a finite number; leave out areas with no value.", nameof(values));
        }

        sorted.Sort();
        return sorted;
    }

    private static double PercentileOfSorted(List<double> sorted, double fraction)
    {
        double position = (sorted.Count - 1) * fraction;
        int below = (int)Math.Floor(position);
        if (below >= sorted.Count - 1)
        {
            return sorted[^1];
        }

        return sorted[below] + (position - below) * (sorted[below + 1] - sorted[below]);
    }
}
