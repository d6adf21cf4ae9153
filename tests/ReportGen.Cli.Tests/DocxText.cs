using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Cli.Tests;

/// <summary>Reads what a reader of a generated Word file sees: headings, captions and text.</summary>
public sealed partial class DocxText
{
    public DocxText(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().ToList();
        string Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        Headings = paragraphs.Where(p => Style(p) is "Heading1" or "Heading2" or "Heading3")
            .Select(p => (Level: int.Parse(Style(p)[^1..]), Text: LeadingNumber().Replace(Visible(p), "").Trim())).ToList();
        Captions = paragraphs.Where(p => Style(p) == "Caption").Select(Visible).ToList();
        Paragraphs = paragraphs.Select(Visible).ToList();
        // Body text a reader reads as prose: not headings, captions, source notes, table cells or box titles.
        IsProse = paragraphs.Select(p => Style(p) is "" or "Normal" or "Lead" or "ListParagraph" && !p.Ancestors<Table>().Any()).ToList();
        Text = string.Join("\n", Paragraphs) + "\n" + string.Join("\n",
            doc.MainDocumentPart.FootnotesPart?.Footnotes?.Descendants<Paragraph>().Select(p => p.InnerText) ?? []);
    }

    /// <summary>The text a reader sees: hidden runs (vanish) and field codes are left out.</summary>
    private static string Visible(Paragraph p) => string.Concat(p.Descendants<Run>()
        .Where(r => r.RunProperties?.Vanish is null)
        .SelectMany(r => r.Elements<Text>().Select(t => t.Text).Concat(r.Elements<TabChar>().Select(_ => "\t"))));

    public IReadOnlyList<(int Level, string Text)> Headings { get; }
    public IReadOnlyList<string> Captions { get; }
    public IReadOnlyList<string> Paragraphs { get; }
    /// <summary>For each of <see cref="Paragraphs"/>: true when it is prose (body text outside tables).</summary>
    public IReadOnlyList<bool> IsProse { get; }
    public string Text { get; }

    /// <summary>"5.2a" for every caption "Figure 5.2a. ..." (kind = Figure or Table).</summary>
    public IReadOnlyList<string> CaptionNumbers(string kind) => Captions
        .Select(c => Regex.Match(c, "^" + kind + @" ([0-9.]+[a-z]*)\."))
        .Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"^\d+(\.\d+)*\s+")]
    private static partial Regex LeadingNumber();
}
