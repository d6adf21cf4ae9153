namespace ReportGen.Statistics;

/// <summary>
/// A calculated indicator value with its 95% and 99.8% confidence limits.
/// </summary>
/// <param name="Value">The value in the indicator's units (already multiplied), or null when it cannot be given.</param>
/// <param name="Lower95">Lower 95% limit, or null.</param>
/// <param name="Upper95">Upper 95% limit, or null.</param>
/// <param name="Lower998">Lower 99.8% limit, or null.</param>
/// <param name="Upper998">Upper 99.8% limit, or null.</param>
/// <param name="Method">How the limits were calculated; one of the <see cref="EstimateMethod"/> names, or empty when nothing was calculated.</param>
/// <param name="Note">Why a value or limit is missing (suppression, missing input); null when everything was calculated.</param>
public sealed record Estimate(
    double? Value,
    double? Lower95,
    double? Upper95,
    double? Lower998,
    double? Upper998,
    string Method,
    string? Note = null)
{
    /// <summary>The 95% limits as a pair.</summary>
    public ConfidenceInterval Interval95 => new(Lower95, Upper95);

    /// <summary>The 99.8% limits as a pair.</summary>
    public ConfidenceInterval Interval998 => new(Lower998, Upper998);

    /// <summary>An estimate with no value and no limits, carrying the reason.</summary>
    /// <param name="method">The method that would have been used, or empty.</param>
    /// <param name="note">Why nothing was calculated.</param>
    public static Estimate Missing(string method, string note) => new(null, null, null, null, null, method, note);

    /// <summary>Builds an estimate from a value and its two intervals.</summary>
    public static Estimate From(double value, ConfidenceInterval ci95, ConfidenceInterval ci998, string method, string? note = null) =>
        new(value, ci95.Lower, ci95.Upper, ci998.Lower, ci998.Upper, method, note);
}
