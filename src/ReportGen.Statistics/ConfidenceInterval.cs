namespace ReportGen.Statistics;

/// <summary>A pair of confidence limits at one level. A limit is null when the method cannot give it (e.g. a negative Byar's lower limit).</summary>
/// <param name="Lower">The lower limit, or null.</param>
/// <param name="Upper">The upper limit, or null.</param>
public readonly record struct ConfidenceInterval(double? Lower, double? Upper)
{
    /// <summary>Both limits multiplied by a factor (e.g. a count interval turned into a rate per 100,000).</summary>
    public ConfidenceInterval Scale(double factor) => new(Lower * factor, Upper * factor);
}
