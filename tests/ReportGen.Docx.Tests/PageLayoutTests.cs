using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using Paragraph = ReportGen.Documents.Paragraph;
using Table = ReportGen.Documents.Table;
using TableRow = ReportGen.Documents.TableRow;
using TableCell = ReportGen.Documents.TableCell;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Docx.Tests;

/// <summary>
/// Issue 17, page layout: a landscape section starts with its heading (and the heading's short introduction), and
/// text is kept with the short closing lines after it, so that no heading or "Linked priorities" line is stranded.
/// </summary>
public sealed class PageLayoutTests
{
    private static Body Write(params Block[] blocks)
    {
        var ms = new MemoryStream();
        new DocxWriter().Write(new ReportDocument(new DocumentProperties { Title = "T" }, blocks), ms);
        ms.Position = 0;
        var word = WordprocessingDocument.Open(ms, false);
        return word.MainDocumentPart!.Document.Body!;
    }

    private static WParagraph Para(Body body, string text) => body.Elements<WParagraph>().Single(p => p.InnerText == text);

    private static Table Wide() =>
        new(Inlines.Text("Wide"), [new TableRow([TableCell.Text("h")])], [new TableRow([TableCell.Text("v")])]) { Landscape = true, Number = "1" };

    private static readonly string Long = string.Join(" ", Enumerable.Repeat("This sentence makes a paragraph longer than one closing line.", 6));

    [Fact]
    public void A_heading_and_its_short_introduction_move_into_the_landscape_section_with_the_table()
    {
        var body = Write(
            new Heading(1, Inlines.Text("Appendix")) { Number = "7" },
            new Paragraph(Inlines.Text("Acronyms come first.")),
            new Heading(2, Inlines.Text("Mapping")) { Number = "7.2" },
            new Paragraph(Inlines.Text("The table below maps each recommendation.")),
            Wide());

        // The portrait section closes on the paragraph before the heading; heading, introduction and table are landscape.
        Assert.NotNull(Para(body, "Acronyms come first.").ParagraphProperties?.SectionProperties);
        Assert.Null(Para(body, "7.2 Mapping").ParagraphProperties?.SectionProperties);
        Assert.Null(Para(body, "The table below maps each recommendation.").ParagraphProperties?.SectionProperties);
        var heading = Para(body, "7.2 Mapping");
        var portraitEnd = Para(body, "Acronyms come first.");
        Assert.True(body.ChildElements.ToList().IndexOf(heading) > body.ChildElements.ToList().IndexOf(portraitEnd));
        Assert.Equal(PageOrientationValues.Landscape, body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!.Orient!.Value);
    }

    [Fact]
    public void A_section_holding_only_the_heading_and_introduction_turns_landscape_without_leaving_an_empty_page()
    {
        var body = Write(
            new Heading(1, Inlines.Text("Appendix")) { Number = "7" },
            new Heading(2, Inlines.Text("Mapping")) { Number = "7.1" },
            new Paragraph(Inlines.Text("The table below maps each recommendation.")),
            Wide());
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Single(sections);
        Assert.Equal(PageOrientationValues.Landscape, sections[0].GetFirstChild<PageSize>()!.Orient!.Value);
    }

    [Fact]
    public void A_long_introduction_stays_on_the_portrait_page_and_only_the_trailing_heading_would_move()
    {
        var body = Write(
            new Heading(1, Inlines.Text("Appendix")) { Number = "7" },
            new Paragraph(Inlines.Text("Before.")),
            new Heading(2, Inlines.Text("Mapping")) { Number = "7.1" },
            new Paragraph(Inlines.Text("One.")), new Paragraph(Inlines.Text("Two.")),
            new Paragraph(Inlines.Text("Three.")), new Paragraph(Inlines.Text("Four.")),
            Wide());
        // Four paragraphs are more than an introduction: the break falls before the table.
        Assert.NotNull(Para(body, "Four.").ParagraphProperties?.SectionProperties);
    }

    [Fact]
    public void Text_keeps_with_the_short_closing_lines_up_to_the_next_heading()
    {
        var body = Write(
            new Heading(1, Inlines.Text("Recommendations")) { Number = "1" },
            new Heading(3, Inlines.Text("Recommendation 1: Housing")) { Numbered = false },
            new Paragraph(Inlines.Text(Long)),
            new Paragraph(Inlines.Text("Timescale: Medium term (one to two years).")),
            new Paragraph(Inlines.Text("Linked priorities: Priority 1, Priority 4")),
            new Heading(3, Inlines.Text("Recommendation 2: Work")) { Numbered = false },
            new Paragraph(Inlines.Text(Long + " Second.")),
            new Paragraph(Inlines.Text("A short line in the middle.")),
            new Paragraph(Inlines.Text(Long + " Third.")));

        static bool KeepsWithNext(WParagraph p) => p.ParagraphProperties?.KeepNext is not null;
        Assert.True(KeepsWithNext(Para(body, Long)));
        Assert.True(KeepsWithNext(Para(body, "Timescale: Medium term (one to two years).")));
        Assert.False(KeepsWithNext(Para(body, "Linked priorities: Priority 1, Priority 4")));
        // A short line followed by more text is not a closing line: nothing is chained.
        Assert.False(KeepsWithNext(Para(body, Long + " Second.")));
        Assert.False(KeepsWithNext(Para(body, "A short line in the middle.")));
    }
}
