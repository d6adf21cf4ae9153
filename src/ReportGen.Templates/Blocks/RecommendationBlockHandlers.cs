using ReportGen.Data.Diagnostics;
using ReportGen.Documents;
using ReportGen.Templates.Definitions;
using ReportGen.Templates.Markdown;

namespace ReportGen.Templates.Blocks;

/// <summary>
/// <c>```recommendations</c>: every recommendation of the area with its linked priorities, numbered in order.
/// </summary>
public sealed class RecommendationsBlockHandler(ReportContext context, Func<string, string> expand) : IFencedBlockHandler
{
    public const string Counter = "Recommendation";

    public string Name => "recommendations";

    public sealed class Options
    {
        /// <summary>Print the one-line summary instead of the full text (for a short public summary).</summary>
        public bool Brief { get; set; }
        /// <summary>Link priorities to the full report this one cites ("Priority 7 in the full report").</summary>
        public bool CiteFullReport { get; set; }
        /// <summary>Heading level of each recommendation: 3 under a "##" section (default), 2 directly under a chapter.</summary>
        public int Level { get; set; } = 3;
    }

    public IEnumerable<Block> Build(string body, TemplateLocation origin, DiagnosticBag diagnostics)
    {
        var o = BlockYaml.Parse<Options>(body, Name, origin, diagnostics) ?? new Options();
        var recs = context.Content.Recommendations;
        if (recs.Count == 0)
        {
            diagnostics.Warning("CONTENT-MISSING", $"{context.Area.Name} has no recommendations.", Path.Combine(context.AreaFolder, "area.yaml"),
                fix: "Add a recommendations list to the area's area.yaml.");
            yield break;
        }
        var labels = context.Content.Labels;
        if (recs.Any(r => RecommendationTimescale.Describe(r.Timescale) is not null))
            yield return new Paragraph(Inlines.Text(
                $"Each {labels.Recommendation.ToLowerInvariant()} has a timescale: {string.Join(", ", RecommendationTimescale.Words.Values.SkipLast(1))} or {RecommendationTimescale.Words.Values.Last()}.")) { Origin = origin };
        for (int i = 0; i < recs.Count; i++)
        {
            var r = recs[i];
            yield return new Heading(Math.Clamp(o.Level, 2, 4), Inlines.Text($"{labels.Recommendation} {i + 1}: {r.Title}"))
            {
                Id = r.Id, Numbered = false, InContents = false, Origin = origin, CounterName = labels.Recommendation,
            };
            var text = o.Brief ? expand(r.Summary) : expand(r.Body);
            foreach (var para in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return new Paragraph(Inlines.Text(para)) { Origin = origin };
            if (!o.Brief && r.Points.Count > 0)
                yield return new ListBlock(true, r.Points.Select(p => (IReadOnlyList<Block>)[new Paragraph(Inlines.Text(expand(p)))]).ToList()) { Origin = origin };
            if (RecommendationTimescale.Describe(r.Timescale) is { } when)
                yield return new Paragraph([new TextRun("Timescale: ", TextFormat.Bold), new TextRun(when + ".")]) { Origin = origin };
            var prefix = o.CiteFullReport ? DocumentNumbering.ExternalPrefix : "";
            var linked = labels.Priority == "Priority" ? "priorities" : labels.Priority.ToLowerInvariant() + "s";
            if (r.Priorities.Count > 0)
                yield return new Paragraph([
                    new TextRun(o.CiteFullReport ? $"Linked {linked} in the full report: " : $"Linked {linked}: ", TextFormat.Italic),
                    .. RecommendationLinks.Join(r.Priorities.Select(p => (Inline)new CrossReference(prefix + p)))]) { Origin = origin };
        }
    }
}

/// <summary>The timescales a recommendation may carry, in the words of the 2023 joint summary's taxonomy.</summary>
public static class RecommendationTimescale
{
    public static readonly IReadOnlyDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["short"] = "short term (within six months)",
        ["medium"] = "medium term (one to two years)",
        ["long"] = "longer term (three years or more)",
    };

    /// <summary>The timescale in words, or null when none is given (or it is not one of <see cref="Words"/>).</summary>
    public static string? Describe(string? timescale) =>
        timescale is not null && Words.TryGetValue(timescale.Trim(), out var w) ? char.ToUpperInvariant(w[0]) + w[1..] : null;
}

/// <summary>
/// <c>```priority-list</c>: every section's numbered actions, grouped by the section they close, each with its number
/// and its text (taken from the same area content the section prints, so the two can never differ). With
/// <c>brief: true</c> each group is one line naming the actions and the section that holds them.
/// </summary>
public sealed class PriorityListBlockHandler(ReportContext context, Func<string, string> expand) : IFencedBlockHandler
{
    public string Name => "priority-list";

    public sealed class Group
    {
        /// <summary>Key of the section in the area's insights (e.g. <c>drug_use</c>).</summary>
        public string Section { get; set; } = "";
        /// <summary>Words naming the group (the topic of the section).</summary>
        public string Title { get; set; } = "";
    }

    public sealed class Options
    {
        /// <summary>The groups in order; without it, every section of the area content in file order.</summary>
        public List<Group> Groups { get; set; } = [];
        /// <summary>One line per group instead of each action's text.</summary>
        public bool Brief { get; set; }
        /// <summary>Numbers and sections are those of the full report this one cites.</summary>
        public bool CiteFullReport { get; set; }
    }

    public IEnumerable<Block> Build(string body, TemplateLocation origin, DiagnosticBag diagnostics)
    {
        var o = BlockYaml.Parse<Options>(body, Name, origin, diagnostics) ?? new Options();
        var sections = context.Content.Insights;
        var groups = o.Groups.Count > 0 ? o.Groups
            : sections.Keys.Select(k => new Group { Section = k, Title = char.ToUpperInvariant(k[0]) + k[1..].Replace('_', ' ') }).ToList();
        var prefix = o.CiteFullReport ? DocumentNumbering.ExternalPrefix : "";
        foreach (var g in groups)
        {
            if (!sections.TryGetValue(g.Section, out var section) || section.Priorities.Count == 0)
            {
                diagnostics.Warning("CONTENT-MISSING", $"{context.Area.Name} has no actions for section '{g.Section}', which a priority-list names.",
                    Path.Combine(context.AreaFolder, "area.yaml"), fix: $"Add insights.{g.Section}.priorities to the area's area.yaml, or take the group out of the list.");
                continue;
            }
            var where = new Inline[] { new TextRun(" ("), new CrossReference(prefix + InsightsBlockHandler.HeadingId(g.Section)), new TextRun(")") };
            if (o.Brief)
            {
                yield return new Paragraph([
                    new TextRun(expand(g.Title) + ": ", TextFormat.Bold),
                    .. RecommendationLinks.Join(section.Priorities.Select(p => (Inline)new CrossReference(prefix + p.Id))),
                    .. where]) { Origin = origin };
                continue;
            }
            yield return new Paragraph([new TextRun(expand(g.Title), TextFormat.Bold), .. where]) { Origin = origin };
            foreach (var p in section.Priorities)
                yield return new Paragraph(InsightsBlockHandler.PriorityText(p, expand, prefix)) { Origin = origin };
        }
    }
}

/// <summary>
/// <c>```recommendation-map</c>: the appendix table mapping each recommendation to its priorities (with the sections
/// they close) and to its supporting sections. Derived from the links, never typed.
/// </summary>
public sealed class RecommendationMapBlockHandler(ReportContext context) : IFencedBlockHandler
{
    public string Name => "recommendation-map";

    public sealed class Options
    {
        public string? Id { get; set; }
        public string Caption { get; set; } = "Recommendations mapped to the priorities and sections that support them";
        /// <summary>Heading of the last column (the recommendation's <c>evidence</c>).</summary>
        public string EvidenceHeading { get; set; } = "Other evidence";
    }

    public IEnumerable<Block> Build(string body, TemplateLocation origin, DiagnosticBag diagnostics)
    {
        var o = BlockYaml.Parse<Options>(body, Name, origin, diagnostics) ?? new Options();
        var sectionOfPriority = context.Content.Insights
            .SelectMany(s => s.Value.Priorities.Select(p => (p.Id, Section: s.Key)))
            .ToDictionary(x => x.Id, x => x.Section);
        var labels = context.Content.Labels;
        var linked = labels.Priority == "Priority" ? "priorities" : labels.Priority.ToLowerInvariant() + "s";
        var header = new TableRow([TableCell.Text(labels.Recommendation), TableCell.Text($"Linked {linked} (section)"), TableCell.Text("Supporting sections"), TableCell.Text(o.EvidenceHeading)]);
        var rows = new List<TableRow>();
        foreach (var r in context.Content.Recommendations)
        {
            var priorities = new List<Inline>();
            foreach (var pid in r.Priorities)
            {
                if (priorities.Count > 0) priorities.Add(new TextRun("; "));
                priorities.Add(new CrossReference(pid));
                if (sectionOfPriority.TryGetValue(pid, out var section))
                    priorities.AddRange([new TextRun(" ("), new CrossReference(InsightsBlockHandler.HeadingId(section)), new TextRun(")")]);
            }
            rows.Add(new TableRow([
                new TableCell([new CrossReference(r.Id), new TextRun(": " + r.Title)]),
                new TableCell(priorities),
                new TableCell(RecommendationLinks.Join(r.Sections.Select(s => (Inline)new CrossReference(s))).ToList()),
                new TableCell(Inlines.Text(string.Join("; ", r.Evidence))),
            ]));
        }
        yield return new Table(Inlines.Text(o.Caption), [header], rows)
        {
            Id = o.Id ?? "tab-recommendation-map",
            Origin = origin,
            Landscape = true,
            ColumnWidths = [3, 3, 3, 3],
            Description = $"Each of the {rows.Count} {labels.Recommendation.ToLowerInvariant()}s with the numbered {linked} it answers, the sections where those are set out, and further supporting sections.",
        };
    }
}

internal static class RecommendationLinks
{
    public static IEnumerable<Inline> Join(IEnumerable<Inline> items)
    {
        var first = true;
        foreach (var i in items)
        {
            if (!first) yield return new TextRun(", ");
            first = false;
            yield return i;
        }
    }
}

/// <summary>Checks that every priority and section a recommendation or "see also" names exists in the area content.</summary>
public static class AreaContentChecks
{
    public static void Check(AreaContent content, string file, DiagnosticBag diagnostics)
    {
        var priorities = content.Insights.SelectMany(s => s.Value.Priorities).Select(p => p.Id).ToList();
        foreach (var dup in priorities.GroupBy(p => p).Where(g => g.Count() > 1))
            diagnostics.Error("CONTENT-DUP", $"The priority id '{dup.Key}' is used more than once.", file, fix: "Give each priority its own id.");
        var known = priorities.ToHashSet();
        foreach (var p in content.Insights.SelectMany(s => s.Value.Priorities))
            foreach (var other in p.SeeAlso.Where(o => !known.Contains(o)))
                diagnostics.Error("CONTENT-REF", $"Priority '{p.Id}' says 'see also {other}', but there is no priority with that id.", file,
                    fix: "Correct the id." + Data.Diagnostics.Suggestions.DidYouMean(other, known));
        foreach (var r in content.Recommendations.Where(r => r.Timescale is not null && RecommendationTimescale.Describe(r.Timescale) is null))
            diagnostics.Error("CONTENT-VALUE", $"Recommendation '{r.Id}' has the timescale '{r.Timescale}', which is not one of: {string.Join(", ", RecommendationTimescale.Words.Keys)}.", file,
                fix: "Write timescale: short (within six months), medium (one to two years) or long (three years or more).");
        foreach (var r in content.Recommendations)
            foreach (var pid in r.Priorities.Where(pid => !known.Contains(pid)))
                diagnostics.Error("CONTENT-REF", $"Recommendation '{r.Id}' links to priority '{pid}', which does not exist.", file,
                    fix: "Correct the id." + Data.Diagnostics.Suggestions.DidYouMean(pid, known));
    }
}
