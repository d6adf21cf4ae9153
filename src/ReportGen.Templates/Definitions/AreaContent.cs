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
    /// <summary>
    /// How the area's own assessment names and lays out its actions. The defaults are the "Key Insights and Priorities"
    /// model (a shaded box closing each local section, priorities grouped into themed recommendations); an area whose
    /// assessment closes each section with numbered recommendations sets its own words here.
    /// </summary>
    public ActionLabels Labels { get; set; } = new();
}

public sealed class ActionLabels
{
    /// <summary>Word before the number of each section's action ("Priority 7", or "Recommendation 7").</summary>
    public string Priority { get; set; } = "Priority";
    /// <summary>Word before the number of each entry of <c>recommendations</c>.</summary>
    public string Recommendation { get; set; } = "Recommendation";
    /// <summary>Heading that closes each local section; <c>{title}</c> is the section's topic from the chapter.</summary>
    public string SectionHeading { get; set; } = "{title}; Key Insights and Priorities";
    /// <summary>True: the section's insights and priorities sit in a shaded box; false: numbered paragraphs under the heading.</summary>
    public bool SectionBox { get; set; } = true;
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
    /// <summary>Sub-points printed as a numbered list after the body (the Word list numbering is decimal).</summary>
    public List<string> Points { get; set; } = [];
    /// <summary>
    /// When the recommendation should be delivered: <c>short</c> (within six months), <c>medium</c> (one to two
    /// years) or <c>long</c> (three years or more). Stored once here; the full and summary reports both print it.
    /// </summary>
    public string? Timescale { get; set; }
}
