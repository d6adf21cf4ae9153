namespace ReportGen.Statistics;

/// <summary>The words Fingertips writes in its "Recent Trend" column, and reading them back.</summary>
public static class TrendMarkerExtensions
{
    /// <summary>
    /// The Fingertips label for a trend: "Increasing and getting better" and the like for judged indicators,
    /// plain "Increasing" or "Decreasing" with no judgement, "No significant change" or "Cannot be calculated".
    /// </summary>
    /// <param name="marker">The trend direction.</param>
    /// <param name="polarity">Which direction is good.</param>
    public static string ToFingertipsLabel(this TrendMarker marker, Polarity polarity) => (marker, polarity) switch
    {
        (TrendMarker.Increasing, Polarity.HigherIsBetter) => "Increasing and getting better",
        (TrendMarker.Increasing, Polarity.HigherIsWorse) => "Increasing and getting worse",
        (TrendMarker.Increasing, _) => "Increasing",
        (TrendMarker.Decreasing, Polarity.HigherIsBetter) => "Decreasing and getting worse",
        (TrendMarker.Decreasing, Polarity.HigherIsWorse) => "Decreasing and getting better",
        (TrendMarker.Decreasing, _) => "Decreasing",
        (TrendMarker.NoSignificantChange, _) => "No significant change",
        _ => "Cannot be calculated",
    };

    /// <summary>Reads a Fingertips trend label back into a marker; blank or unknown text is <see cref="TrendMarker.CannotBeCalculated"/>.</summary>
    /// <param name="label">The label, e.g. "Decreasing and getting better".</param>
    public static TrendMarker FromFingertipsLabel(string? label)
    {
        string text = label?.Trim().ToLowerInvariant() ?? "";
        if (text.StartsWith("increasing", StringComparison.Ordinal))
        {
            return TrendMarker.Increasing;
        }

        if (text.StartsWith("decreasing", StringComparison.Ordinal))
        {
            return TrendMarker.Decreasing;
        }

        return text == "no significant change" ? TrendMarker.NoSignificantChange : TrendMarker.CannotBeCalculated;
    }
}
