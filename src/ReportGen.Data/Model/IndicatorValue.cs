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
    // The seven figures are stored as plain doubles with NaN for "none" (8 bytes each instead of 16 for a
    // double?): a large file holds a million of these records. NaN is never a figure (readers refuse it).
    private readonly double _count = double.NaN, _denominator = double.NaN, _value = double.NaN,
        _lower95 = double.NaN, _upper95 = double.NaN, _lower998 = double.NaN, _upper998 = double.NaN;
    public double? Count { get => Get(_count); init => _count = Set(value); }
    public double? Denominator { get => Get(_denominator); init => _denominator = Set(value); }
    public double? Value { get => Get(_value); init => _value = Set(value); }
    public double? Lower95 { get => Get(_lower95); init => _lower95 = Set(value); }
    public double? Upper95 { get => Get(_upper95); init => _upper95 = Set(value); }
    public double? Lower998 { get => Get(_lower998); init => _lower998 = Set(value); }
    public double? Upper998 { get => Get(_upper998); init => _upper998 = Set(value); }
    private static double? Get(double stored) => double.IsNaN(stored) ? null : stored;
    private static double Set(double? value) => value ?? double.NaN;
    public string? ValueNote { get; init; }
    /// <summary>The comparison with England as published (Fingertips exports); null when not given.</summary>
    public ComparisonOutcome? PublishedComparisonWithEngland { get; init; }
    public string? PublishedTrend { get; init; }
    /// <summary>True when the value is illustrative sample data rather than a published figure.</summary>
    public bool Illustrative { get; init; }
    public SourceLocation? Source { get; init; }
}
