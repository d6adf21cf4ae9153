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
    /// <summary>Words the chart's source line must carry, such as a boundary licence attribution; empty for most charts.</summary>
    public string Attribution { get; init; } = "";
}

/// <summary>The data behind a chart, kept for publishing and as the accessible alternative.</summary>
public sealed record ChartDataTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A rendered chart: image bytes plus everything a reader who cannot see it needs.</summary>
public sealed record RenderedChart(byte[] Png, int PixelWidth, int PixelHeight, double WidthCm, double HeightCm,
    string AltText, ChartDataTable Data, byte[]? Svg = null);
