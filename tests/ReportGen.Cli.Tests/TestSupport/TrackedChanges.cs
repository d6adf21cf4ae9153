using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Cli.Tests.TestSupport;

/// <summary>
/// Reads a Word file as a reader would after accepting or rejecting every tracked change (what Word's "Accept all" /
/// "Reject all" do to the text): one line per paragraph, hidden text left out, and the image bytes it shows.
/// </summary>
public static class TrackedChanges
{
    public enum View { AsIs, AcceptAll, RejectAll }

    public static List<string> Paragraphs(string path, View view)
    {
        using var stream = new MemoryStream();
        stream.Write(File.ReadAllBytes(path));
        using var doc = WordprocessingDocument.Open(stream, true);
        var body = doc.MainDocumentPart!.Document.Body!;
        if (view != View.AsIs) Apply(body, view == View.AcceptAll);
        return body.Descendants<Paragraph>().Select(Text).ToList();
    }

    /// <summary>SHA-256 of each picture the document shows in the given view, in order.</summary>
    public static List<string> Images(string path, View view)
    {
        using var stream = new MemoryStream();
        stream.Write(File.ReadAllBytes(path));
        using var doc = WordprocessingDocument.Open(stream, true);
        var main = doc.MainDocumentPart!;
        if (view != View.AsIs) Apply(main.Document.Body!, view == View.AcceptAll);
        return main.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Select(b =>
        {
            using var s = main.GetPartById(b.Embed!.Value!).GetStream();
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(s));
        }).ToList();
    }

    private static string Text(Paragraph p) => string.Concat(p.Descendants<Text>()
        .Where(t => t.Ancestors<Run>().FirstOrDefault()?.RunProperties?.Vanish is null).Select(t => t.Text));

    private static void Apply(Body body, bool accept)
    {
        // Runs: keep one side, unwrap the other.
        foreach (var del in body.Descendants<DeletedRun>().ToList())
        {
            if (accept) { del.Remove(); continue; }
            foreach (var t in del.Descendants<DeletedText>().ToList()) t.Parent!.ReplaceChild(new Text(t.Text) { Space = SpaceProcessingModeValues.Preserve }, t);
            foreach (var f in del.Descendants<DeletedFieldCode>().ToList()) f.Parent!.ReplaceChild(new FieldCode(f.Text), f);
            Unwrap(del);
        }
        foreach (var ins in body.Descendants<InsertedRun>().ToList())
        {
            if (accept) Unwrap(ins); else ins.Remove();
        }
        // Rows inserted or deleted as a whole.
        foreach (var row in body.Descendants<TableRow>().ToList())
        {
            var props = row.TableRowProperties;
            if ((accept && props?.GetFirstChild<Deleted>() is not null) || (!accept && props?.GetFirstChild<Inserted>() is not null)) row.Remove();
        }
        foreach (var table in body.Descendants<Table>().ToList())
            if (!table.Elements<TableRow>().Any()) table.Remove();
        // Paragraph marks: a removed mark joins the paragraph to the next one.
        foreach (var p in body.Descendants<Paragraph>().ToList())
        {
            var mark = p.ParagraphProperties?.ParagraphMarkRunProperties;
            bool gone = accept ? mark?.GetFirstChild<Deleted>() is not null : mark?.GetFirstChild<Inserted>() is not null;
            if (!gone) continue;
            var next = p.ElementsAfter().OfType<Paragraph>().FirstOrDefault();
            var content = p.ChildElements.Where(c => c is not ParagraphProperties).ToList();
            if (next is not null)
            {
                OpenXmlElement? after = next.ParagraphProperties;
                foreach (var c in content)
                {
                    c.Remove();
                    if (after is null) next.PrependChild(c); else after.InsertAfterSelf(c);
                    after = c;
                }
            }
            p.Remove();
        }
    }

    private static void Unwrap(OpenXmlElement wrapper)
    {
        foreach (var child in wrapper.ChildElements.ToList())
        {
            child.Remove();
            wrapper.InsertBeforeSelf(child);
        }
        wrapper.Remove();
    }
}
