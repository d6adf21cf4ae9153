using ReportGen.Data.Diagnostics;
using ReportGen.Documents;
using ReportGen.Templates.Markdown;

namespace ReportGen.Templates.References;

/// <summary>
/// <c>```references</c>: the list of every source cited so far in the report (footnotes and source notes of the
/// chapters before it; put it in the last chapter), ordered by publisher, year and title, each as
/// "Publisher (Year). Title (linked). Address: URL. Accessed ..." so the printed copy shows where to find it.
/// </summary>
public sealed class ReferencesBlockHandler(Bibliography bibliography) : IFencedBlockHandler
{
    public string Name => "references";

    public IEnumerable<Block> Build(string body, TemplateLocation origin, DiagnosticBag diagnostics)
    {
        if (bibliography.Entries.Count == 0)
        {
            diagnostics.Error("REF020", $"A references list was asked for, but the report has no {Bibliography.FileName}.", origin.File, origin.Line,
                fix: $"Add {Bibliography.FileName} beside report.yaml (key: title, publisher, year, url, accessed), or remove the block.");
            yield break;
        }
        var items = bibliography.Cited
            .OrderBy(r => r.Publisher, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Year ?? 0).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .Select(r => (IReadOnlyList<Block>)[new Paragraph(Inlines(r)) { Origin = origin }])
            .ToList();
        yield return new ListBlock(false, items) { Origin = origin, Id = "references-list" };
    }

    private static List<Inline> Inlines(Reference r)
    {
        var who = r.Author is { Length: > 0 } ? $"{r.Author}, {r.Publisher}" : r.Publisher;
        var list = new List<Inline> { new TextRun($"{who} ({(r.Year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "undated")}). ") };
        var title = r.Title.TrimEnd('.');
        if (r.Url is { Length: > 0 } url)
        {
            list.Add(new Hyperlink(url, [new TextRun(title, TextFormat.Italic)]));
            list.Add(new TextRun($". {(r.NoteSentence is { } n ? n + " " : "")}Address: {url}.{r.AccessedText}"));
        }
        else
        {
            list.Add(new TextRun(title, TextFormat.Italic));
            list.Add(new TextRun($".{(r.NoteSentence is { } n ? " " + n : "")}{r.AccessedText}"));
        }
        return list;
    }
}
