namespace ReportGen.ChartKinds;

/// <summary>Horizontal bars for districts or comparator areas, with whiskers and a benchmark line.</summary>
public sealed record AreaComparisonChartSpec : ChartSpec
{
    public required IReadOnlyList<AreaBar> Bars { get; init; }
    /// <summary>Benchmark value drawn as a reference line, e.g. England.</summary>
    public double? BenchmarkValue { get; init; }
    public string BenchmarkLabel { get; init; } = "England";
    public required string Period { get; init; }
    public bool SortDescending { get; init; }
}

public sealed record AreaBar(string Label, ChartValue Value, bool Highlight = false);
