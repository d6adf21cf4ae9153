namespace ReportGen.Statistics;

/// <summary>Means with Student's t confidence limits, as PHEindicatormethods <c>phe_mean</c>.</summary>
public static class Means
{
    /// <summary>The mean of the values with limits mean -/+ t(n - 1) s / sqrt(n), s being the sample standard deviation (n - 1 divisor).</summary>
    /// <param name="values">The individual values; at least two.</param>
    /// <exception cref="ArgumentException">When there are fewer than two values or a value is not a finite number.</exception>
    public static Estimate StudentT(IEnumerable<double> values)
    {
        var list = values.ToList();
        if (list.Count < 2)
        {
            throw new ArgumentException($"A mean with confidence limits needs at least two values (got {list.Count}).", nameof(values));
        }

        if (list.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be a finite number.", nameof(values));
        }

        double mean = list.Average();
        double sumSquares = list.Sum(v => (v - mean) * (v - mean));
        return StudentT(mean, Math.Sqrt(sumSquares / (list.Count - 1)), list.Count);
    }

    /// <summary>Student's t limits from a summary: mean, sample standard deviation and number of values.</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="standardDeviation">The sample standard deviation (n - 1 divisor).</param>
    /// <param name="count">The number of values; at least two.</param>
    /// <exception cref="ArgumentException">When the count is below two or the standard deviation is negative.</exception>
    public static Estimate StudentT(double mean, double standardDeviation, int count)
    {
        if (count < 2)
        {
            throw new ArgumentException($"A mean with confidence limits needs at least two values (got {count}).", nameof(count));
        }

        if (!(standardDeviation >= 0))
        {
            throw new ArgumentException($"The standard deviation must be zero or more (was {standardDeviation}).", nameof(standardDeviation));
        }

        double standardError = standardDeviation / Math.Sqrt(count);

        ConfidenceInterval Limits(double confidence)
        {
            double t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, count - 1, ConfidenceLevel.UpperTail(confidence));
            return new ConfidenceInterval(mean - t * standardError, mean + t * standardError);
        }

        return Estimate.From(mean, Limits(ConfidenceLevel.Level95), Limits(ConfidenceLevel.Level998), EstimateMethod.StudentT);
    }
}
