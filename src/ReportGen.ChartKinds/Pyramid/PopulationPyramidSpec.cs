namespace ReportGen.ChartKinds;

/// <summary>The area's age-sex profile (bars) against a comparator's (outline), as percentages of the population.</summary>
public sealed record PopulationPyramidSpec : ChartSpec
{
    public required string AreaName { get; init; }
    public required string ComparatorName { get; init; }
    public required string Period { get; init; }
    /// <summary>Age bands from youngest to oldest, e.g. "0-4".</summary>
    public required IReadOnlyList<string> AgeBands { get; init; }
    public required IReadOnlyList<double> AreaMalePercent { get; init; }
    public required IReadOnlyList<double> AreaFemalePercent { get; init; }
    public IReadOnlyList<double>? ComparatorMalePercent { get; init; }
    public IReadOnlyList<double>? ComparatorFemalePercent { get; init; }
    /// <summary>Further comparators drawn as outlines in other colours and patterns, e.g. the region.</summary>
    public IReadOnlyList<PyramidComparator> OtherComparators { get; init; } = [];
}
