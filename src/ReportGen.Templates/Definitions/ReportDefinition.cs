namespace ReportGen.Templates.Definitions;

/// <summary>
/// A report definition (report.yaml): the chapters in order, numbering, comparators and options.
/// Loaded with underscored names, so <c>list_of_figures</c> in YAML is <see cref="FrontMatter.ListOfFigures"/>.
/// </summary>
public sealed class ReportDefinition
{
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public string Edition { get; set; } = "";
    public string Author { get; set; } = "";
    public string Subject { get; set; } = "";
    public List<string> Keywords { get; set; } = [];
    /// <summary>Folders under areas/ to build when no area is named on the command line.</summary>
    public List<string> Areas { get; set; } = [];
    public NumberingOptions Numbering { get; set; } = new();
    public FrontMatter FrontMatter { get; set; } = new();
    public ComparatorOptions Comparators { get; set; } = new();
    public List<ChapterEntry> Chapters { get; set; } = [];
    /// <summary>
    /// Folder of per-area content, relative to this report's folder (default <c>areas</c>). A summary report uses
    /// <c>../dana/areas</c> so it says what the full report says, from the same insights and recommendations.
    /// </summary>
    public string AreasFrom { get; set; } = "areas";
    /// <summary>Another report whose figure, table and section numbers this one cites with <c>[](#full:id)</c>.</summary>
    public string? Cites { get; set; }
    /// <summary>Free-form values available to templates as <c>report.options.NAME</c>.</summary>
    public Dictionary<string, object> Options { get; set; } = [];
}

public sealed class NumberingOptions
{
    /// <summary><c>per-section</c> ("Figure 5.2a") or <c>sequential</c> ("Figure 12").</summary>
    public string Figures { get; set; } = "per-section";
    public int HeadingLevels { get; set; } = 4;
}

public sealed class FrontMatter
{
    public bool TitlePage { get; set; } = true;
    public bool Contents { get; set; } = true;
    public bool ListOfFigures { get; set; } = true;
    public bool ListOfTables { get; set; } = true;
}

public sealed class ComparatorOptions
{
    /// <summary>Compare with the area's region as well as England.</summary>
    public bool Region { get; set; } = true;
    /// <summary>Name of the comparator group in data/comparators.yaml used for ranks.</summary>
    public string? Group { get; set; }
}

/// <summary>One chapter file, optionally switched on by a condition on the area ("has_districts").</summary>
public sealed class ChapterEntry
{
    public string File { get; set; } = "";
    /// <summary>Name of an area switch that must be true for the chapter to appear, e.g. <c>has_districts</c>.</summary>
    public string? When { get; set; }
}
