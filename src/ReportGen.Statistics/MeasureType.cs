namespace ReportGen.Statistics;

/// <summary>How an indicator's value is calculated, which decides its confidence-interval method.</summary>
public enum MeasureType
{
    /// <summary>count / denominator x multiplier; Wilson score intervals.</summary>
    Proportion,
    /// <summary>count / denominator x multiplier; exact Poisson below 10 events, Byar's from 10.</summary>
    CrudeRate,
    /// <summary>Directly standardised rate (ESP2013); Dobson's method.</summary>
    DirectlyStandardisedRate,
    /// <summary>A count of events; Poisson limits on the count.</summary>
    Count,
    /// <summary>A mean of individual values; Student's t intervals.</summary>
    Mean,
}
