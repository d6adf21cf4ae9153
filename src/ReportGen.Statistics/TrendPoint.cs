namespace ReportGen.Statistics;

/// <summary>One period of an indicator's time series, as input to <see cref="RecentTrend"/>.</summary>
/// <param name="Value">The published value.</param>
/// <param name="Lower95">Lower 95% limit; needed by the weighted least squares method.</param>
/// <param name="Upper95">Upper 95% limit; needed by the weighted least squares method.</param>
/// <param name="Count">Numerator; needed for proportions.</param>
/// <param name="Denominator">Denominator; needed for proportions.</param>
public sealed record TrendPoint(
    double? Value,
    double? Lower95 = null,
    double? Upper95 = null,
    double? Count = null,
    double? Denominator = null);
