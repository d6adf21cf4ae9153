namespace ReportGen.Statistics;

/// <summary>The method names written into <see cref="Estimate.Method"/>; the same words PHEindicatormethods uses.</summary>
public static class EstimateMethod
{
    /// <summary>Wilson score interval for a proportion.</summary>
    public const string Wilson = "Wilson";

    /// <summary>Exact Poisson limits from chi-square quantiles (fewer than 10 events).</summary>
    public const string Exact = "Exact";

    /// <summary>Byar's approximation to the Poisson limits (10 events or more).</summary>
    public const string Byars = "Byars";

    /// <summary>Dobson's method for a directly standardised rate.</summary>
    public const string Dobson = "Dobson";

    /// <summary>Dobson's method with the variance widened for people who had more than one event.</summary>
    public const string DobsonNonIndependent = "Dobson, with confidence adjusted for non-independent events";

    /// <summary>Student's t interval for a mean.</summary>
    public const string StudentT = "Student's t-distribution";
}
