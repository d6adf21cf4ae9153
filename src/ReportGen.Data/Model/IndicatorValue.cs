using ReportGen.Statistics;

namespace ReportGen.Data.Model;

/// <summary>
/// Where a value came from: the file and the 1-based row in it, numbered as a spreadsheet numbers rows (the header is
/// row 1; a record whose quoted field spans lines is still one row; in an XLSX file, the worksheet's row number).
/// </summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>One indicator value for one area, period and breakdown, with its limits as published or computed.</summary>
public sealed record IndicatorValue
{
    public required string IndicatorId { get; init; }
    public required string AreaCode { get; init; }
    public required Period Period { get; init; }
    public string Sex { get; init; } = "Persons";
    public string Age { get; init; } = "All ages";
    /// <summary>Breakdown category (e.g. a deprivation decile, a substance group); empty for the headline value.</summary>
    public string CategoryType { get; init; } = "";
    public string Category { get; init; } = "";
    public double? Count { get; init; }
    public double? Denominator { get; init; }
    public double? Value { get; init; }
    public double? Lower95 { get; init; }
    public double? Upper95 { get; init; }
    public double? Lower998 { get; init; }
    public double? Upper998 { get; init; }
    public string? ValueNote { get; init; }
    /// <summary>The comparison with England as published (Fingertips exports); null when not given.</summary>
    public ComparisonOutcome? PublishedComparisonWithEngland { get; init; }
    public string? PublishedTrend { get; init; }
    /// <summary>True when the value is illustrative sample data rather than a published figure.</summary>
    public bool Illustrative { get; init; }
    public SourceLocation? Source { get; init; }
}
