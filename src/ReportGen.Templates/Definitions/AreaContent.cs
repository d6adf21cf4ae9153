namespace ReportGen.Templates.Definitions;

/// <summary>
/// Per-area content (areas/NAME/area.yaml): what differs between councils and only an analyst can write —
/// the area's code, switches, key insights and priorities per section, and recommendations.
/// </summary>
public sealed class AreaContent
{
    /// <summary>The folder name under areas/ (set by the loader).</summary>
    public string Folder { get; set; } = "";
    public string Code { get; set; } = "";
    /// <summary>Name of the comparator group (data/comparators.yaml) used for ranks.</summary>
    public string? ComparatorGroup { get; set; }
    /// <summary>Team or organisation named on the title page.</summary>
    public string? Organisation { get; set; }
    public string? PublicationDate { get; set; }
    /// <summary>Switches for optional sections; <c>has_districts</c> is also derived from the area registry.</summary>
    public Dictionary<string, bool> Switches { get; set; } = [];
    /// <summary>Key Insights and Priorities by section key (e.g. <c>drug_use</c>).</summary>
    public Dictionary<string, InsightsSection> Insights { get; set; } = [];
    public List<Recommendation> Recommendations { get; set; } = [];
    /// <summary>Free text values available to templates as <c>local.NAME</c>.</summary>
    public Dictionary<string, string> Text { get; set; } = [];
}

public sealed class InsightsSection
{
    /// <summary>Theme bullets: a short theme with detail points below it.</summary>
    public List<InsightTheme> Insights { get; set; } = [];
    public List<Priority> Priorities { get; set; } = [];
}

public sealed class InsightTheme
{
    public string Theme { get; set; } = "";
    public List<string> Points { get; set; } = [];
}

public sealed class Priority
{
    /// <summary>Stable id used by recommendations and "See also" links, e.g. <c>p-ocu-unmet-need</c>.</summary>
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>Ids of other priorities this one relates to ("See also Priority N").</summary>
    public List<string> SeeAlso { get; set; } = [];
}

public sealed class Recommendation
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>One line for the summary table.</summary>
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>Priority ids this recommendation answers.</summary>
    public List<string> Priorities { get; set; } = [];
    /// <summary>Heading ids of further sections with supporting evidence.</summary>
    public List<string> Sections { get; set; } = [];
    /// <summary>Qualitative findings or evidence-review themes behind it (free text).</summary>
    public List<string> Evidence { get; set; } = [];
}
