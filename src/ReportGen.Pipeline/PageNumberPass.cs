using ReportGen.Docx;
using ReportGen.Pdf;

namespace ReportGen.Pipeline;

/// <summary>
/// After the PDF pass: copies the page numbers LibreOffice printed in the contents list and the lists of figures and
/// tables back into the Word file's PAGEREF results, so Word shows the right pages before any field update.
/// The Word file is still in the staging folder, so rewriting it is not visible to anyone until the commit.
/// </summary>
internal static class PageNumberPass
{
    /// <summary>Returns a warning to print, or <c>null</c> when every entry got its page.</summary>
    public static string? Apply(string docxPath, string pdfPath)
    {
        var entries = PageReferenceResults.ReadEntries(docxPath);
        if (entries.Count == 0) return null;
        var pages = ListPageNumbers.Find(PdfInspector.Inspect(pdfPath), entries);
        var written = PageReferenceResults.Write(docxPath, pages);
        return written == entries.Count
            ? null
            : $"{entries.Count - written} of {entries.Count} contents/list entries in the Word file could not be matched to the PDF and keep a placeholder page number until Word updates its fields.";
    }
}
