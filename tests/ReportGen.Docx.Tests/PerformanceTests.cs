using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Docx.Tests;

/// <summary>
/// A report of the full assessment's size writes whole. Its time is not measured here: speed is printed by
/// `reportgen benchmark`, never asserted or timed in unit tests.
/// </summary>
public sealed class PerformanceTests
{
    [Fact]
    public void Writes_a_150_page_report_with_50_charts_whole()
    {
        using var ms = new MemoryStream();
        new DocxWriter().Write(LargeReport.Build(), ms);

        using var word = WordprocessingDocument.Open(new MemoryStream(ms.ToArray()), false);
        Assert.Equal(50, word.MainDocumentPart!.ImageParts.Count());
        var body = word.MainDocumentPart.Document.Body!;
        Assert.Equal(25, body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Count(t => t.Ancestors<DocumentFormat.OpenXml.Wordprocessing.Table>().Count() == 0));
        Assert.Equal(60, body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FootnoteReference>().Count());
    }
}
