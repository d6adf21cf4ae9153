namespace ReportGen.ChartKinds;

/// <summary>Fingertips spine chart: each indicator's area value against the England range.</summary>
public sealed record SpineChartSpec : ChartSpec
{
    public required string AreaName { get; init; }
    public required IReadOnlyList<SpineRow> Rows { get; init; }
    /// <summary>Name of the benchmark the rows are compared with and centred on.</summary>
    public string BenchmarkName { get; init; } = "England";
}

/// <summary>One spine row. Worst/Best follow polarity (for no-judgement indicators: lowest/highest).</summary>
public sealed record SpineRow(string Indicator, string Period, double AreaValue, double EnglandValue,
    double Worst, double Percentile25, double Percentile75, double Best,
    ComparisonCategory Comparison, string Unit = "");
