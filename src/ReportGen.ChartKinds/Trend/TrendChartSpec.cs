namespace ReportGen.ChartKinds;

/// <summary>A series of values over periods ("2019-21", "2023/24"); periods are category labels, never numbers.</summary>
public sealed record TrendSeries(string Name, IReadOnlyList<ChartValue> Values);

/// <summary>Area, region and England over time with 95% confidence intervals.</summary>
public sealed record TrendChartSpec : ChartSpec
{
    public required IReadOnlyList<string> Periods { get; init; }
    /// <summary>The first series is the focus area; the renderer emphasises it.</summary>
    public required IReadOnlyList<TrendSeries> Series { get; init; }
    public bool ShowConfidenceIntervals { get; init; } = true;
    /// <summary>Name of the benchmark series for comparisons in alt text; null means "England" if present, else the last series.</summary>
    public string? BenchmarkSeries { get; init; }
    /// <summary>Optional title of the period axis, e.g. "Three-year period"; periods usually speak for themselves.</summary>
    public string PeriodAxisLabel { get; init; } = "";
}
