using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;

namespace ReportGen.Docx.Tests;

/// <summary>A document's data notice is printed on the cover and in the footer of every section; no notice, no footer.</summary>
public sealed class DataNoticeTests
{
    private const string Notice = "Contains illustrative data: not for publication";

    private static WordprocessingDocument Open(ReportDocument doc, MemoryStream ms)
    {
        new DocxWriter().Write(doc, ms);
        ms.Position = 0;
        return WordprocessingDocument.Open(ms, false);
    }

    [Fact]
    public void The_notice_is_on_the_cover_and_in_the_footer_of_every_section()
    {
        var sample = SampleReport.Build();
        var doc = sample with { Properties = sample.Properties with { DataNotice = Notice } };
        using var ms = new MemoryStream();
        using var word = Open(doc, ms);
        var main = word.MainDocumentPart!;
        var body = main.Document!.Body!;

        // The cover: the notice sits in the body before the first section break (the title page's own section).
        var paragraphs = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
        var firstSectionEnd = paragraphs.FindIndex(p => p.Descendants<SectionProperties>().Any());
        Assert.True(firstSectionEnd >= 0);
        var coverText = string.Concat(paragraphs.Take(firstSectionEnd + 1).Select(p => p.InnerText));
        Assert.Contains(Notice, coverText);

        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.True(sections.Count > 2, "the sample has several sections");
        foreach (var s in sections)
        {
            var reference = s.Elements<FooterReference>().SingleOrDefault();
            Assert.NotNull(reference);
            var footer = (FooterPart)main.GetPartById(reference!.Id!);
            Assert.Equal(Notice, footer.Footer!.InnerText);
        }
        Assert.Empty(new OpenXmlValidator().Validate(word).Where(e => e.Part?.Uri.ToString().Contains("footer") == true));
    }

    [Fact]
    public void Without_a_notice_there_is_no_footer_and_nothing_on_the_cover()
    {
        using var ms = new MemoryStream();
        using var word = Open(SampleReport.Build(), ms);
        var main = word.MainDocumentPart!;
        Assert.Empty(main.FooterParts);
        Assert.Empty(main.Document!.Body!.Descendants<FooterReference>());
        Assert.DoesNotContain("illustrative", main.Document.Body.InnerText, StringComparison.OrdinalIgnoreCase);
    }
}
