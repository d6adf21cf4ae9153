namespace ReportGen.Templates.Blocks;

/// <summary>
/// Options shared by the blocks that draw on indicator data (<c>```chart</c> and <c>```table</c>): which indicators,
/// areas, periods and breakdown, and the caption, source and notes around the result.
/// </summary>
public abstract class DataBlockOptions
{
    public string? Id { get; set; }
    /// <summary>The kind of chart or table; each block lists its own.</summary>
    public string Type { get; set; } = "trend";
    public string? Indicator { get; set; }
    public List<string> Indicators { get; set; } = [];
    public List<string>? Areas { get; set; }
    /// <summary>How many of the latest periods to show.</summary>
    public int? Periods { get; set; }
    /// <summary>The breakdown type to use (e.g. "Substance group").</summary>
    public string? CategoryType { get; set; }
    public string? Caption { get; set; }
    public string? Source { get; set; }
    public List<string> Notes { get; set; } = [];
    /// <summary>The breakdown to show instead of the headline: a sex ("Male"), an age band ("18-24 yrs") or a
    /// category of <see cref="CategoryType"/>.</summary>
    public string? Sex { get; set; }
    public string? Age { get; set; }
    public string? Category { get; set; }
    /// <summary>What goes along the axis or down the rows when one period is shown: <c>category</c> (default),
    /// <c>sex</c>, <c>age</c> or <c>indicator</c>; for trend charts, <c>sex</c> draws a line per sex.</summary>
    public string? By { get; set; }
    /// <summary>The period to show where one period is shown (default: the latest with data for the area).</summary>
    public string? Period { get; set; }
}
