namespace ReportGen.Statistics;

/// <summary>The direction of an indicator's recent trend, before polarity is applied.</summary>
public enum TrendMarker
{
    /// <summary>Too few usable points, or data the test cannot handle.</summary>
    CannotBeCalculated,
    /// <summary>No statistically significant trend.</summary>
    NoSignificantChange,
    /// <summary>A significant upward trend.</summary>
    Increasing,
    /// <summary>A significant downward trend.</summary>
    Decreasing,
}
