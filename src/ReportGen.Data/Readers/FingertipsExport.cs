using ReportGen.Data.Model;

namespace ReportGen.Data.Readers;

/// <summary>What a Fingertips export held: its layout and the values read from it.</summary>
public sealed record FingertipsExport
{
    /// <summary>The file name used in diagnostics and value sources.</summary>
    public required string FileName { get; init; }
    /// <summary>Number of columns in the header: 27 for the current layout, 26 for the older one.</summary>
    public required int ColumnCount { get; init; }
    /// <summary>True when the header has "Time period range" (the 27-column layout).</summary>
    public bool HasTimePeriodRange { get; init; }
    /// <summary>The heading of column 23 (the comparison with the parent area), or null when there is none.</summary>
    public string? ParentComparisonHeading { get; init; }
    /// <summary>Number of data rows in the file, whether read, skipped or rejected.</summary>
    public required int DataRows { get; init; }
    /// <summary>The values of indicators listed in indicators.yaml, from rows without errors, in file order.</summary>
    public required IReadOnlyList<IndicatorValue> Values { get; init; }
    /// <summary>Fingertips indicator ids in the file that indicators.yaml does not list; their rows were skipped.</summary>
    public IReadOnlyList<int> SkippedIndicatorIds { get; init; } = [];
    /// <summary>Areas the file named that the registry did not hold; they were added to it.</summary>
    public IReadOnlyList<Area> AddedAreas { get; init; } = [];
}
