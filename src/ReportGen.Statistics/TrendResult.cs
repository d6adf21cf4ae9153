namespace ReportGen.Statistics;

/// <summary>The outcome of a recent-trend test.</summary>
/// <param name="Marker">The direction found.</param>
/// <param name="Label">The Fingertips wording for the marker under the indicator's polarity.</param>
/// <param name="ChiSquare">The test statistic (1 degree of freedom); 0 when the trend cannot be calculated.</param>
/// <param name="Slope">
/// The fitted slope per period over the points used: in the indicator's units for weighted least squares, on the log-odds
/// scale for proportions; null when the trend cannot be calculated.
/// </param>
/// <param name="PointsUsed">How many points went into the test (5), or 0 when it could not be run.</param>
/// <param name="IsSignificant">True when the chi-square exceeds the threshold and every leave-one-out slope has the same sign.</param>
/// <param name="Reason">Why the trend cannot be calculated; null otherwise.</param>
public sealed record TrendResult(
    TrendMarker Marker,
    string Label,
    double ChiSquare,
    double? Slope,
    int PointsUsed,
    bool IsSignificant,
    string? Reason = null);
