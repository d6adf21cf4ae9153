using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using Paragraph = ReportGen.Documents.Paragraph;

namespace ReportGen.Docx.Tests;

public sealed class DocxStyleTests
{
    [Fact]
    public void Default_palette_meets_wcag_text_contrast()
    {
        var failures = DocxStyle.Default.TextContrastPairs().Where(p => p.Ratio < 4.5).ToList();
        Assert.True(failures.Count == 0, string.Join("; ", failures.Select(f => $"{f.Use}: {f.Ratio:0.00}")));
    }

    [Fact]
    public void Contrast_ratio_matches_known_values()
    {
        Assert.Equal(21, DocxStyle.ContrastRatio("000000", "#FFFFFF"), 2);
        Assert.Equal(1, DocxStyle.ContrastRatio("777777", "777777"), 2);
        Assert.Equal(4.48, DocxStyle.ContrastRatio("777777", "FFFFFF"), 2);
    }

    [Fact]
    public void Custom_style_reaches_styles_xml_and_page_setup()
    {
        var style = DocxStyle.Default with { Palette = HousePalette.Default with { BodyFont = "Calibri", PrimaryColor = "#2B2A6B" }, BodySize = 12, MarginLeftCm = 2.54 };
        var doc = new ReportDocument(new DocumentProperties { Title = "T" },
            [new Heading(1, Inlines.Text("Intro")) { Number = "1" }, new Paragraph(Inlines.Text("Body"))]);
        using var ms = new MemoryStream();
        new DocxWriter(style).Write(doc, ms);
        ms.Position = 0;
        using var word = WordprocessingDocument.Open(ms, false);
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Calibri", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("24", defaults.FontSize!.Val!.Value);
        var h1 = styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal("2B2A6B", h1.StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal(1440u, word.MainDocumentPart.Document.Body!.Descendants<PageMargin>().Last().Left!.Value);
    }

    [Fact]
    public void Invalid_colour_is_rejected_up_front()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DocxWriter(DocxStyle.Default with { Palette = HousePalette.Default with { AccentColor = "teal" } }));
        Assert.Contains("AccentColor", ex.Message);
    }
}
