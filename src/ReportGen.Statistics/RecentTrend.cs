namespace ReportGen.Statistics;

/// <summary>
/// Fingertips' "Recent Trend": a test for a significant trend over the five most recent periods.
/// </summary>
/// <remarks>
/// <para>
/// The points used are the five latest of the unbroken run of usable points that ends at the most recent period; a missing
/// value in that run stops it. Points are indexed t = 1..5, oldest first.
/// </para>
/// <para>
/// Proportions use the chi-square test for trend in proportions on counts x_t and denominators n_t (N = sum n, X = sum x):
/// chi2 = N (N sum(x t) - X sum(n t))^2 / (X (N - X) (N sum(n t^2) - (sum(n t))^2)); the slopes compared below are ordinary
/// least squares slopes of log(x / (n - x)).
/// Every other measure uses weighted least squares on the values with weights 1/se^2, se = (upper95 - lower95) / 3.92;
/// chi2 = (slope / se(slope))^2.
/// </para>
/// <para>
/// A trend is significant when chi2 exceeds 9.54953570608324 (the square of the 99.9th normal percentile, i.e. 99.8% two-sided,
/// 1 degree of freedom) and the slope keeps its sign in all six fits: all five points, and each point left out in turn.
/// </para>
/// <para>
/// The caller should pass annual, non-overlapping periods only (Fingertips tests only one-year periods). Two departures from
/// Fingertips' 2020 code, both for cases it does not handle: a count equal to its denominator is checked among the five points
/// used rather than the whole run, and a zero count in a proportion (whose log-odds is undefined) also makes the trend
/// "Cannot be calculated".
/// </para>
/// </remarks>
public static class RecentTrend
{
    /// <summary>The number of most recent points the test uses.</summary>
    public const int PointsRequired = 5;

    /// <summary>The chi-square value a trend must exceed to be significant.</summary>
    public const double SignificanceThreshold = 9.54953570608324;

    /// <summary>The width of a 95% interval in standard errors, as Fingertips uses it to turn limits into a standard error.</summary>
    public const double Interval95Width = 3.92;

    /// <summary>Tests the recent trend of a series, choosing the method from the measure type.</summary>
    /// <param name="pointsOldestFirst">The whole series in time order, oldest first.</param>
    /// <param name="measure">The indicator's measure type; <see cref="MeasureType.Proportion"/> selects the chi-square test for trend in proportions.</param>
    /// <param name="polarity">Which direction is good; decides the label.</param>
    public static TrendResult Calculate(IReadOnlyList<TrendPoint> pointsOldestFirst, MeasureType measure, Polarity polarity) =>
        Calculate(pointsOldestFirst, measure == MeasureType.Proportion, polarity);

    /// <summary>Tests the recent trend of a series with the method chosen by the caller.</summary>
    /// <param name="pointsOldestFirst">The whole series in time order, oldest first.</param>
    /// <param name="proportion">True for the chi-square test for trend in proportions (counts and denominators); false for weighted least squares (values and 95% limits).</param>
    /// <param name="polarity">Which direction is good; decides the label.</param>
    public static TrendResult Calculate(IReadOnlyList<TrendPoint> pointsOldestFirst, bool proportion, Polarity polarity)
    {
        if (pointsOldestFirst.Count < PointsRequired)
        {
            return CannotBeCalculated(polarity, $"Fewer than {PointsRequired} data points.");
        }

        var run = pointsOldestFirst.Reverse().TakeWhile(p => IsUsable(p, proportion)).Take(PointsRequired).Reverse().ToList();
        if (run.Count < PointsRequired)
        {
            return CannotBeCalculated(polarity, $"Fewer than {PointsRequired} consecutive recent points with the values the test needs.");
        }

        if (run.Any(p => p.Count is { } x && p.Denominator is { } n && x == n))
        {
            return CannotBeCalculated(polarity, "A count equals its denominator.");
        }

        if (proportion && run.Any(p => p.Count == 0))
        {
            return CannotBeCalculated(polarity, "A count of zero has no log-odds.");
        }

        var t = Enumerable.Range(1, PointsRequired).Select(i => (double)i).ToArray();
        double[] y = proportion
            ? run.Select(p => Math.Log(p.Count!.Value / (p.Denominator!.Value - p.Count.Value))).ToArray()
            : run.Select(p => p.Value!.Value).ToArray();
        double[] weights = proportion
            ? Enumerable.Repeat(1.0, PointsRequired).ToArray()
            : run.Select(p => 1 / Math.Pow((p.Upper95!.Value - p.Lower95!.Value) / Interval95Width, 2)).ToArray();

        var (slope, slopeError) = WeightedSlope(t, y, weights, leaveOut: -1);
        double chiSquare = proportion ? ChiSquareForTrendInProportions(run, t) : Math.Pow(slope / slopeError, 2);
        bool consistent = Enumerable.Range(0, PointsRequired)
            .Select(k => WeightedSlope(t, y, weights, leaveOut: k).Slope)
            .All(s => SignOf(s) == SignOf(slope));

        bool significant = consistent && chiSquare > SignificanceThreshold;
        var marker = !significant ? TrendMarker.NoSignificantChange
            : slope > 0 ? TrendMarker.Increasing
            : TrendMarker.Decreasing;
        return new TrendResult(marker, marker.ToFingertipsLabel(polarity), chiSquare, slope, PointsRequired, significant);
    }

    private static bool IsUsable(TrendPoint point, bool proportion)
    {
        if (!Finite(point.Value))
        {
            return false;
        }

        return proportion
            ? Finite(point.Count) && point.Count >= 0 && Finite(point.Denominator) && point.Denominator > 0 && point.Count <= point.Denominator
            : Finite(point.Lower95) && Finite(point.Upper95) && point.Upper95 > point.Lower95;
    }

    private static bool Finite(double? x) => x is { } v && double.IsFinite(v);

    // Fingertips counts a zero slope as positive when comparing signs.
    private static int SignOf(double slope) => slope < 0 ? -1 : 1;

    private static double ChiSquareForTrendInProportions(IReadOnlyList<TrendPoint> run, double[] t)
    {
        double total = 0, events = 0, eventsByTime = 0, sizeByTime = 0, sizeByTimeSquared = 0;
        for (int i = 0; i < run.Count; i++)
        {
            double n = run[i].Denominator!.Value, x = run[i].Count!.Value;
            total += n;
            events += x;
            eventsByTime += x * t[i];
            sizeByTime += n * t[i];
            sizeByTimeSquared += n * t[i] * t[i];
        }

        double numerator = total * Math.Pow(total * eventsByTime - events * sizeByTime, 2);
        double denominator = events * (total - events) * (total * sizeByTimeSquared - sizeByTime * sizeByTime);
        return numerator / denominator;
    }

    // Weighted least squares slope of y on t, leaving out the point at index leaveOut (-1 keeps all), with its standard error.
    private static (double Slope, double StandardError) WeightedSlope(double[] t, double[] y, double[] w, int leaveOut)
    {
        double s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0;
        for (int i = 0; i < t.Length; i++)
        {
            if (i == leaveOut)
            {
                continue;
            }

            s1 += w[i];
            s2 += w[i] * y[i] * t[i];
            s3 += w[i] * t[i];
            s4 += w[i] * y[i];
            s5 += w[i] * t[i] * t[i];
        }

        double determinant = s1 * s5 - s3 * s3;
        return ((s1 * s2 - s3 * s4) / determinant, Math.Sqrt(s1 / determinant));
    }

    private static TrendResult CannotBeCalculated(Polarity polarity, string reason) =>
        new(TrendMarker.CannotBeCalculated, TrendMarker.CannotBeCalculated.ToFingertipsLabel(polarity), 0, null, 0, false, reason);
}
