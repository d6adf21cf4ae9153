namespace ReportGen.Charts;

// The chart descriptions the renderer understands. They carry plain numbers and labels only:
// nothing here knows about indicators files, statistics code or the Word writer.

/// <summary>How a bar or point compares with the benchmark; decides colour AND a text/pattern cue.</summary>
public enum ComparisonCategory
{
    None,
    Better,
    Similar,
    Worse,
    Higher,
    Lower,
    NotCompared,
}

/// <summary>One value with optional 95% confidence limits and a comparison category.</summary>
public sealed record ChartValue(double? Value, double? Lower = null, double? Upper = null,
    ComparisonCategory Comparison = ComparisonCategory.None, string? Note = null);

/// <summary>Common to every chart: titles for axes, units for alt text and the data table.</summary>
public abstract record ChartSpec
{
    /// <summary>Short title used in alt text ("Alcohol-specific mortality").</summary>
    public required string Subject { get; init; }
    /// <summary>Value axis label, e.g. "Rate per 100,000".</summary>
    public required string ValueAxisLabel { get; init; }
    /// <summary>Unit suffix for numbers in alt text and data table, e.g. "per 100,000" or "%".</summary>
    public string Unit { get; init; } = "";
    /// <summary>Decimal places for numbers in alt text, data table and labels.</summary>
    public int Decimals { get; init; } = 1;
    /// <summary>Width and height in centimetres as placed in the document.</summary>
    public double WidthCm { get; init; } = 16;
    public double HeightCm { get; init; } = 9;
}

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

/// <summary>The data behind a chart, kept for publishing and as the accessible alternative.</summary>
public sealed record ChartDataTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A rendered chart: image bytes plus everything a reader who cannot see it needs.</summary>
public sealed record RenderedChart(byte[] Png, int PixelWidth, int PixelHeight, double WidthCm, double HeightCm,
    string AltText, ChartDataTable Data, byte[]? Svg = null);
