namespace ReportGen.Statistics;

/// <summary>
/// The European Standard Population 2013 in the 19 five-year bands PHEindicatormethods uses (0-4 up to 85-89, then 90+).
/// Eurostat's separate 0 and 1-4 bands are merged into 0-4, and 90-94 and 95+ into 90+. The weights sum to 100,000.
/// </summary>
public static class EuropeanStandardPopulation
{
    /// <summary>The weight of each band, youngest first.</summary>
    public static IReadOnlyList<double> Esp2013 { get; } = Array.AsReadOnly(new double[]
    {
        5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000,
        7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000,
    });

    /// <summary>The band labels matching <see cref="Esp2013"/>.</summary>
    public static IReadOnlyList<string> Esp2013Bands { get; } = Array.AsReadOnly(new[]
    {
        "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
        "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+",
    });
}
