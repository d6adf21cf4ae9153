using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using Paragraph = ReportGen.Documents.Paragraph;
using Table = ReportGen.Documents.Table;
using TableRow = ReportGen.Documents.TableRow;
using TableCell = ReportGen.Documents.TableCell;
using TitlePage = ReportGen.Documents.TitlePage;

namespace ReportGen.Docx.Tests;

public sealed class DocxWriterBehaviourTests
{
    private static byte[] WriteBytes(ReportDocument doc, DocxStyle? style = null)
    {
        using var ms = new MemoryStream();
        new DocxWriter(style).Write(doc, ms);
        return ms.ToArray();
    }

    [Fact]
    public void Output_is_byte_for_byte_repeatable()
    {
        var a = WriteBytes(SampleReport.Build());
        var b = WriteBytes(SampleReport.Build());
        Assert.Equal(a, b);
    }

    [Fact]
    public void Writing_to_a_path_replaces_the_file_atomically_and_leaves_no_temp_files()
    {
        var dir = Path.Combine(Path.GetTempPath(), "docx-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(dir, "report.docx");
            Directory.CreateDirectory(dir);
            File.WriteAllText(path, "old content");
            new DocxWriter().Write(SampleReport.Build(), path);
            Assert.Equal([path], Directory.GetFiles(dir));
            using var word = WordprocessingDocument.Open(path, false);
            Assert.NotNull(word.MainDocumentPart?.Document.Body);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Failed_write_leaves_the_old_file_and_no_temp_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), "docx-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, "report.docx");
            File.WriteAllText(path, "old content");
            var bad = new ReportDocument(new DocumentProperties { Title = "Bad" },
                [new Figure(Inlines.Text("Broken"), new Image([1, 2, 3], 1, 1, 5, 5, "alt")) { Number = "1" }]);
            var ex = Assert.Throws<ArgumentException>(() => new DocxWriter().Write(bad, path));
            Assert.Contains("Figure 1", ex.Message);
            Assert.Equal("old content", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Identical_images_share_one_part_and_different_ones_do_not()
    {
        var png = TestPng.Create(60, 40, 7);
        var copy = (byte[])png.Clone();
        var other = TestPng.Create(60, 40, 8);
        Block Fig(byte[] bytes, string n) => new Figure(Inlines.Text("Chart " + n), new Image(bytes, 60, 40, 6, 4, "Chart " + n)) { Number = n };
        var doc = new ReportDocument(new DocumentProperties { Title = "Images" }, [Fig(png, "1"), Fig(copy, "2"), Fig(png, "3"), Fig(other, "4")]);
        using var ms = new MemoryStream(WriteBytes(doc));
        using var word = WordprocessingDocument.Open(ms, false);
        Assert.Equal(2, word.MainDocumentPart!.ImageParts.Count());
        Assert.Equal(4, word.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(d => d.Id!.Value).Distinct().Count());
    }

    [Fact]
    public void Oversized_image_is_scaled_to_the_text_width()
    {
        var doc = new ReportDocument(new DocumentProperties { Title = "Wide" },
            [new Figure(Inlines.Text("Wide"), new Image(TestPng.OnePixel, 1, 1, 40, 20, "A wide chart")) { Number = "1" }]);
        using var ms = new MemoryStream(WriteBytes(doc));
        using var word = WordprocessingDocument.Open(ms, false);
        var extent = word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        double widthCm = extent.Cx!.Value / 360000.0, heightCm = extent.Cy!.Value / 360000.0;
        Assert.InRange(widthCm, 16.5, 16.7); // 21 cm less 2 x 2.2 cm margins
        Assert.Equal(2.0, widthCm / heightCm, 2);
    }

    [Fact]
    public void Document_without_title_page_or_contents_still_validates()
    {
        var doc = new ReportDocument(new DocumentProperties { Title = "Plain" },
        [
            new Heading(1, Inlines.Text("Only chapter")) { Number = "1" },
            new PageBreak(),
            new Paragraph([new TextRun("Odd \u0001 control character and a\ttab")]),
            new Table([], [], [new TableRow([TableCell.Text("a")])]) { Landscape = true },
            new Table(Inlines.Text("Second landscape"), [new TableRow([TableCell.Text("h")])], []) { Landscape = true, Number = "1" },
            new Callout(CalloutKind.Note, [], [new Paragraph(Inlines.Text("note"))]) { Id = "note" },
            new Callout(CalloutKind.Note, Inlines.Text("Another"), [new Paragraph(Inlines.Text("note 2"))]),
            new PageBreak(),
        ]);
        using var ms = new MemoryStream(WriteBytes(doc));
        using var word = WordprocessingDocument.Open(ms, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        var body = word.MainDocumentPart!.Document.Body!;
        // Without a contents list the header has no "Back to Contents" link but still a page number.
        var header = word.MainDocumentPart.HeaderParts.First().Header!;
        Assert.Empty(header.Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>());
        Assert.Equal("PAGE", string.Concat(header.Descendants<FieldCode>().Select(f => f.Text)).Trim());
        // The break after the heading is kept; the one at the very end would only add a blank page.
        Assert.Single(body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
        // Consecutive landscape tables share one landscape section: portrait, landscape, portrait.
        Assert.Equal(3, body.Descendants<SectionProperties>().Count());
        Assert.Contains(body.Descendants<Text>(), t => t.Text.Contains("Odd  control"));
        // Two call-outs in a row are kept apart by a plain paragraph.
        Assert.Contains(body.Descendants<BookmarkStart>(), b => b.Name == "_Ref_note");
    }

    [Fact]
    public void Empty_document_is_still_a_valid_package()
    {
        using var ms = new MemoryStream(WriteBytes(new ReportDocument(new DocumentProperties { Title = "Empty" }, [])));
        using var word = WordprocessingDocument.Open(ms, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word));
        Assert.Equal("Empty", word.PackageProperties.Title);
    }

    [Fact]
    public void Title_page_after_other_content_gets_an_empty_header()
    {
        var doc = new ReportDocument(new DocumentProperties { Title = "T" },
            [new Paragraph(Inlines.Text("Foreword")), new TitlePage("Cover", null, null, []), new Heading(1, Inlines.Text("One")) { Number = "1" }]);
        using var ms = new MemoryStream(WriteBytes(doc));
        using var word = WordprocessingDocument.Open(ms, false);
        var sections = word.MainDocumentPart!.Document.Body!.Descendants<SectionProperties>().ToList();
        Assert.Equal(3, sections.Count);
        var coverHeaderId = sections[1].GetFirstChild<HeaderReference>()!.Id!.Value!;
        var cover = (HeaderPart)word.MainDocumentPart.GetPartById(coverHeaderId);
        Assert.Equal("", cover.Header!.InnerText);
    }

    [Fact]
    public void Landscape_table_right_after_a_heading_takes_the_heading_along()
    {
        var doc = new ReportDocument(new DocumentProperties { Title = "T" },
        [
            new Heading(1, Inlines.Text("Chapter")) { Number = "1" },
            new Paragraph(Inlines.Text("Intro")),
            new Heading(2, Inlines.Text("Wide data")) { Number = "1.1" },
            new Table(Inlines.Text("Wide"), [new TableRow([TableCell.Text("h")])], [new TableRow([TableCell.Text("v")])]) { Landscape = true, Number = "1" },
        ]);
        using var ms = new MemoryStream(WriteBytes(doc));
        using var word = WordprocessingDocument.Open(ms, false);
        var body = word.MainDocumentPart!.Document.Body!;
        var intro = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First(p => p.InnerText == "Intro");
        Assert.NotNull(intro.ParagraphProperties?.SectionProperties); // portrait section ends after the intro
        var last = body.Elements<SectionProperties>().Single();
        Assert.Equal(PageOrientationValues.Landscape, last.GetFirstChild<PageSize>()!.Orient!.Value); // heading + table are landscape
    }
}
