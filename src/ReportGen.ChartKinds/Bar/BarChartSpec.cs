namespace ReportGen.ChartKinds;

/// <summary>Grouped or stacked bars: categories along the axis, one bar (segment) per series.</summary>
public sealed record BarChartSpec : ChartSpec
{
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<BarSeries> Series { get; init; }
    public bool Stacked { get; init; }
    public bool Horizontal { get; init; }
    /// <summary>Title of the category axis, e.g. "Year ending March".</summary>
    public string CategoryAxisLabel { get; init; } = "";
}

public sealed record BarSeries(string Name, IReadOnlyList<double?> Values);
