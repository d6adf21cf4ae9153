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
        for (int i = 0; i < recs.Count; i++)
        {
            var r = recs[i];
            yield return new Heading(Math.Clamp(o.Level, 2, 4), Inlines.Text($"Recommendation {i + 1}: {r.Title}"))
            {
                Id = r.Id, Numbered = false, InContents = false, Origin = origin, CounterName = Counter,
            };
            var text = o.Brief ? expand(r.Summary) : expand(r.Body);
            foreach (var para in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return new Paragraph(Inlines.Text(para)) { Origin = origin };
            var prefix = o.CiteFullReport ? DocumentNumbering.ExternalPrefix : "";
            if (r.Priorities.Count > 0)
                yield return new Paragraph([
                    new TextRun(o.CiteFullReport ? "Linked priorities in the full report: " : "Linked priorities: ", TextFormat.Italic),
                    .. RecommendationLinks.Join(r.Priorities.Select(p => (Inline)new CrossReference(prefix + p)))]) { Origin = origin };
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
    }

    public IEnumerable<Block> Build(string body, TemplateLocation origin, DiagnosticBag diagnostics)
    {
        var o = BlockYaml.Parse<Options>(body, Name, origin, diagnostics) ?? new Options();
        var sectionOfPriority = context.Content.Insights
            .SelectMany(s => s.Value.Priorities.Select(p => (p.Id, Section: s.Key)))
            .ToDictionary(x => x.Id, x => x.Section);
        var header = new TableRow([TableCell.Text("Recommendation"), TableCell.Text("Linked priorities (section)"), TableCell.Text("Supporting sections"), TableCell.Text("Other evidence")]);
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
            Description = $"Each of the {rows.Count} recommendations with the numbered priorities it answers, the sections where those priorities are set out, and further supporting sections.",
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
        foreach (var r in content.Recommendations)
            foreach (var pid in r.Priorities.Where(pid => !known.Contains(pid)))
                diagnostics.Error("CONTENT-REF", $"Recommendation '{r.Id}' links to priority '{pid}', which does not exist.", file,
                    fix: "Correct the id." + Data.Diagnostics.Suggestions.DidYouMean(pid, known));
    }
}
