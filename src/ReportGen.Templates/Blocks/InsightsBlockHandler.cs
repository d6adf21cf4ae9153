using ReportGen.Data.Diagnostics;
using ReportGen.Documents;
using ReportGen.Templates.Definitions;
using ReportGen.Templates.Markdown;

namespace ReportGen.Templates.Blocks;

public sealed class InsightsBlockOptions
{
    /// <summary>Key of the section in the area's insights (e.g. <c>drug_use</c>).</summary>
    public string Section { get; set; } = "";
    /// <summary>Topic written before "; Key Insights and Priorities" in the heading.</summary>
    public string Title { get; set; } = "";
    public int Level { get; set; } = 3;
}

/// <summary>
/// <c>```insights</c>: the closing "Key Insights and Priorities" of a local section, from the area's own content.
/// Priorities are numbered straight through the report by the numbering pass ("Priority 7"), so adding one
/// renumbers every later priority and every reference to it.
/// </summary>
public sealed class InsightsBlockHandler(ReportContext context, Func<string, string> expand) : IFencedBlockHandler
{
    public const string PriorityCounter = "Priority";

    public string Name => "insights";

    public static string HeadingId(string section) => "insights-" + section.Replace('_', '-');

    /// <summary>
    /// A priority as printed: its number, its text and any "See also" links. Every place that prints a priority uses
    /// this, so the text is the same wherever it appears (<paramref name="prefix"/>: ids in the full report).
    /// </summary>
    public static List<Inline> PriorityText(Priority p, Func<string, string> expand, string prefix = "")
    {
        var inlines = new List<Inline> { new CrossReference(prefix + p.Id), new TextRun(": " + expand(p.Text)) };
        if (p.SeeAlso.Count > 0)
        {
            inlines.Add(new TextRun(" See also "));
            for (int i = 0; i < p.SeeAlso.Count; i++)
            {
                if (i > 0) inlines.Add(new TextRun(i == p.SeeAlso.Count - 1 ? " and " : ", "));
                inlines.Add(new CrossReference(prefix + p.SeeAlso[i]));
            }
            inlines.Add(new TextRun("."));
        }
        return inlines;
    }

    public IEnumerable<Block> Build(string body, TemplateLocation origin, DiagnosticBag diagnostics)
    {
        var o = BlockYaml.Parse<InsightsBlockOptions>(body, Name, origin, diagnostics);
        if (o is null) yield break;
        var labels = context.Content.Labels;
        if (!context.Content.Insights.TryGetValue(o.Section, out var section))
        {
            // Nothing is printed for missing content: a working note ("not written yet") must never reach a report.
            diagnostics.Warning("CONTENT-MISSING", $"{context.Area.Name} has no key insights for section '{o.Section}', so the section closes without them.",
                Path.Combine(context.AreaFolder, "area.yaml"), fix: $"Add insights.{o.Section} to the area's area.yaml.");
            yield break;
        }
        yield return new Heading(o.Level, Inlines.Text(labels.SectionHeading.Replace("{title}", o.Title))) { Id = HeadingId(o.Section), Origin = origin };
        var content = new List<Block>();
        if (section.Insights.Count > 0)
        {
            content.Add(new Paragraph([new TextRun("Key insights", TextFormat.Bold)]));
            content.Add(new ListBlock(false, section.Insights.Select(theme => (IReadOnlyList<Block>)
            [
                new Paragraph([new TextRun(expand(theme.Theme), TextFormat.Bold)]),
                .. theme.Points.Count == 0 ? Array.Empty<Block>() :
                    [new ListBlock(false, theme.Points.Select(p => (IReadOnlyList<Block>)[new Paragraph(Inlines.Text(expand(p)))]).ToList())],
            ]).ToList()));
        }
        if (section.Priorities.Count > 0)
        {
            if (labels.SectionBox) content.Add(new Paragraph([new TextRun("Priorities", TextFormat.Bold)]));
            foreach (var p in section.Priorities)
            {
                content.Add(new Paragraph(PriorityText(p, expand)) { Id = p.Id, CounterName = labels.Priority, Origin = origin });
            }
        }
        if (!labels.SectionBox)
        {
            // The section closes with its numbered actions as ordinary paragraphs under the heading.
            foreach (var b in content) yield return b;
            yield break;
        }
        yield return new Callout(CalloutKind.KeyInsights, Inlines.Text($"{o.Title}: key insights and priorities"), content) { Origin = origin };
    }
}
