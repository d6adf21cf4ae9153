using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx;

/// <summary>
/// The entries of a written document's contents list and lists of figures and tables (each a link whose PAGEREF
/// field is written with the placeholder result "1"), and the means to put the real page numbers into those cached
/// results, so Word and text tools show the right pages before any field update.
/// </summary>
public static class PageReferenceResults
{
    /// <summary>The entries' texts (what precedes the page number), in document order.</summary>
    public static IReadOnlyList<string> ReadEntries(string docxPath)
    {
        using var doc = WordprocessingDocument.Open(docxPath, false);
        return Entries(doc).Select(e => e.Text).ToList();
    }

    /// <summary>
    /// Writes <paramref name="pages"/> (one per entry, in the order of <see cref="ReadEntries"/>; <c>null</c> leaves
    /// an entry alone) into the cached results. Returns how many entries were given a number.
    /// </summary>
    public static int Write(string docxPath, IReadOnlyList<int?> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var doc = WordprocessingDocument.Open(docxPath, true);
        var entries = Entries(doc);
        if (entries.Count != pages.Count)
            throw new ArgumentException($"The document has {entries.Count} list entries but {pages.Count} page numbers were given.", nameof(pages));
        var written = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (pages[i] is not { } page || entries[i].Result is null) continue;
            entries[i].Result!.Text = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            written++;
        }

        doc.MainDocumentPart!.Document.Save();
        return written;
    }

    private sealed record Entry(string Text, Text? Result);

    private static List<Entry> Entries(WordprocessingDocument doc)
    {
        var list = new List<Entry>();
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null) return list;
        foreach (var link in body.Descendants<Hyperlink>())
        {
            if (link.Anchor?.Value is null) continue;
            var runs = link.Elements<Run>().ToList();
            var codeIndex = runs.FindIndex(r => r.GetFirstChild<FieldCode>()?.Text.TrimStart().StartsWith("PAGEREF", StringComparison.Ordinal) == true);
            if (codeIndex < 0) continue;
            // The text is every run before the field's begin; the cached result is the text between separate and end.
            var beginIndex = runs.FindLastIndex(codeIndex, r => r.GetFirstChild<FieldChar>()?.FieldCharType?.Value == FieldCharValues.Begin);
            var text = string.Concat(runs.Take(Math.Max(0, beginIndex)).SelectMany(r => r.Elements<Text>()).Select(t => t.Text));
            var separate = runs.FindIndex(codeIndex, r => r.GetFirstChild<FieldChar>()?.FieldCharType?.Value == FieldCharValues.Separate);
            var result = separate < 0 ? null : runs.Skip(separate + 1).TakeWhile(r => r.GetFirstChild<FieldChar>() is null)
                .SelectMany(r => r.Elements<Text>()).FirstOrDefault();
            list.Add(new Entry(text, result));
        }

        return list;
    }
}
