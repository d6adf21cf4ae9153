using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Accessibility;
using ReportGen.Documents;
using Paragraph = ReportGen.Documents.Paragraph;

namespace ReportGen.Docx.Tests;

/// <summary>
/// The house style as a Word reference document: the committed default reproduces the default output, and a
/// council's edited copy changes the output with no code change.
/// </summary>
public sealed class ReferenceDocumentTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "docx-reference-" + Guid.NewGuid().ToString("N"));

    public ReferenceDocumentTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The committed templates/house-style/reference.docx.</summary>
    internal static string CommittedReference =>
        ReferenceDocument.FindDefault(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"{ReferenceDocument.DefaultRelativePath} not found above {AppContext.BaseDirectory}");

    private static byte[] Write(ReportDocument doc, DocxStyle? style = null)
    {
        using var ms = new MemoryStream();
        new DocxWriter(style).Write(doc, ms);
        return ms.ToArray();
    }

    private static string PartText(byte[] docx, string entry)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static List<ValidationErrorInfo> Validate(string path)
    {
        using var word = WordprocessingDocument.Open(path, false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).ToList();
    }

    private static List<ValidationErrorInfo> Validate(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).ToList();
    }

    private static string Describe(IEnumerable<ValidationErrorInfo> errors) =>
        string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));

    /// <summary>A copy of the committed reference with its styles edited as a council would in Word.</summary>
    private string EditedReference(string name, Action<Styles> edit)
    {
        var path = Path.Combine(_dir, name);
        File.Copy(CommittedReference, path);
        using (var word = WordprocessingDocument.Open(path, true))
        {
            var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            edit(styles);
            styles.Save();
        }
        return path;
    }

    private static Style StyleById(Styles styles, string id) => styles.Elements<Style>().Single(s => s.StyleId == id);

    [Fact]
    public void Committed_reference_is_the_current_default_style()
    {
        var fresh = Path.Combine(_dir, "fresh.docx");
        ReferenceDocument.WriteDefault(fresh);
        var committed = File.ReadAllBytes(CommittedReference);
        var generated = File.ReadAllBytes(fresh);
        foreach (var entry in new[] { "word/styles.xml", "word/document.xml" })
            Assert.True(PartText(committed, entry) == PartText(generated, entry),
                $"{ReferenceDocument.DefaultRelativePath} is out of date ({entry}); regenerate it with REPORTGEN_WRITE_REFERENCE=1 dotnet test tests/ReportGen.Docx.Tests --filter Writes_the_default_reference");
    }

    [Fact]
    public void Default_reference_reproduces_the_default_style_and_output()
    {
        var style = DocxStyle.FromReferenceDocument(CommittedReference);
        Assert.NotNull(style.ReferenceStyles);
        Assert.Equal(DocxStyle.Default, style with { ReferenceStyles = null });
        Assert.Contains(DocxStyleIds.KeyInsightsBox, style.ReferenceStyles!.StyleIds);
        Assert.Equal(ReferenceStyleSheet.WriterStyleIds.Count, style.ReferenceStyles.StyleIds.Count);

        var expected = Write(SampleReport.Build());
        var actual = Write(SampleReport.Build(), style);
        Assert.Equal(PartText(expected, "word/styles.xml"), PartText(actual, "word/styles.xml"));
        Assert.Equal(PartText(expected, "word/document.xml"), PartText(actual, "word/document.xml"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Reference_document_validates_and_passes_the_accessibility_checks()
    {
        var errors = Validate(CommittedReference);
        Assert.True(errors.Count == 0, Describe(errors));
        var content = DocxAccessibilityChecker.Check(CommittedReference);
        Assert.True(content.IsClean, content.ToMarkdown());
        var house = ReferenceDocument.Check(CommittedReference);
        Assert.True(house.IsClean, house.ToMarkdown());
    }

    [Fact]
    public void Another_font_and_heading_colour_in_the_reference_reach_styles_xml_without_code_changes()
    {
        var path = EditedReference("verdana.docx", styles =>
        {
            var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            defaults.RunFonts = new RunFonts { Ascii = "Verdana", HighAnsi = "Verdana", ComplexScript = "Verdana", EastAsia = "Verdana" };
            foreach (var id in new[] { "Heading1", "Heading2", "Heading3", "Heading4", "Title", "Subtitle", "Date", "TOCHeading", "KeyInsightsTitle", "CalloutTitle" })
                StyleById(styles, id).StyleRunProperties!.RunFonts = null; // inherit Verdana, as Word does when a style says nothing
            // Word keeps the resolved hex beside a theme colour.
            StyleById(styles, "Heading1").StyleRunProperties!.Color = new Color { Val = "7A1F5C", ThemeColor = ThemeColorValues.Accent2, ThemeShade = "BF" };
        });

        var style = DocxStyle.FromReferenceDocument(path, out var report);
        Assert.True(report.IsClean, report.ToMarkdown());
        Assert.Equal("Verdana", style.Palette.BodyFont);
        Assert.Equal("Verdana", style.Palette.HeadingFont);
        Assert.Equal("7A1F5C", style.Palette.PrimaryColor);

        var docx = Write(SampleReport.Build(), style);
        Assert.True(Validate(docx).Count == 0, Describe(Validate(docx)));
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var written = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Assert.Equal("Verdana", written.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.Ascii!.Value);
        var h1 = StyleById(written, "Heading1");
        Assert.Equal("7A1F5C", h1.StyleRunProperties!.Color!.Val!.Value);
        Assert.Null(h1.StyleRunProperties.Color.ThemeColor);
        Assert.Null(h1.StyleRunProperties.RunFonts);
        Assert.DoesNotContain("Arial", PartText(docx, "word/styles.xml"));
        Assert.DoesNotContain("Arial", PartText(docx, "word/numbering.xml")); // bullets follow the body font
        Assert.Equal("en-GB", written.DocDefaults.RunPropertiesDefault.RunPropertiesBaseStyle.Languages!.Val!.Value);

        var chart = style.ChartColours();
        Assert.Equal("Verdana", chart.FontFamily);
        Assert.Equal("#7A1F5C", chart.FocusColor);
    }

    [Fact]
    public void Word_template_with_theme_fonts_and_only_builtin_styles_fills_in_the_rest()
    {
        var path = Path.Combine(_dir, "word-template.docx");
        WordLikeReference(path);

        var style = DocxStyle.FromReferenceDocument(path);
        Assert.Equal("Calibri", style.Palette.BodyFont);
        Assert.Equal("Calibri Light", style.Palette.HeadingFont);
        Assert.Equal(12, style.BodySize);
        Assert.Equal(16, style.Heading1Size);
        Assert.Equal("2F5496", style.Palette.PrimaryColor);
        Assert.Equal("2F5496", style.Palette.TableHeaderFill); // no Report Table style: the header fill follows the heading colour
        Assert.Equal(21.59, style.PageWidthCm);        // US Letter
        Assert.Equal(2.54, style.MarginLeftCm);
        Assert.Equal([DocxStyleIds.Normal, "Heading1", DocxStyleIds.Hyperlink], style.ReferenceStyles!.StyleIds);

        var docx = Write(SampleReport.Build(), style);
        var errors = Validate(docx);
        Assert.True(errors.Count == 0, Describe(errors));
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var written = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var h1 = StyleById(written, "Heading1");
        Assert.Equal("Calibri Light", h1.StyleRunProperties!.RunFonts!.Ascii!.Value); // theme font made concrete
        Assert.Null(h1.StyleRunProperties.RunFonts.AsciiTheme);
        Assert.Equal(0, h1.StyleParagraphProperties!.OutlineLevel!.Val!.Value);      // kept for the contents and PDF outline
        Assert.Null(h1.StyleParagraphProperties.NumberingProperties);                 // the template's numbering is not carried over
        Assert.Contains(written.Elements<Style>(), s => s.StyleId == "Heading1Char");  // linked style comes along
        Assert.Equal("Calibri", written.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.Ascii!.Value);
        // Styles the template lacks are generated from what it does define.
        Assert.Equal("2F5496", StyleById(written, DocxStyleIds.Lead).StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal("2F5496", StyleById(written, DocxStyleIds.Heading(3)).StyleRunProperties!.Color!.Val!.Value);
        var headerFill = word.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>()
            .First().TableCellProperties!.Shading!.Fill!.Value;
        Assert.Equal("2F5496", headerFill);
        Assert.Equal(12240u, word.MainDocumentPart.Document.Body.Descendants<PageSize>().First().Width!.Value);
    }

    [Fact]
    public void Low_contrast_reference_colours_are_reported_not_silently_used()
    {
        var path = EditedReference("pale.docx", styles =>
        {
            StyleById(styles, "Heading2").StyleRunProperties!.Color = new Color { Val = "9CC3D5" };
            StyleById(styles, DocxStyleIds.KeyInsightsBox).StyleParagraphProperties!.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "4A4A4A" };
        });

        DocxStyle.FromReferenceDocument(path, out var report);
        Assert.True(report.HasErrors);
        Assert.Contains(report.Findings, f => f.RuleId == AccessibilityRules.TextContrast && f.Style == "Heading2" && f.Message.Contains("9CC3D5"));
        Assert.Contains(report.Findings, f => f.RuleId == AccessibilityRules.TextContrast && f.Style == DocxStyleIds.KeyInsightsBox && f.Message.Contains("4A4A4A"));
        Assert.Contains(report.Findings, f => f.Style == DocxStyleIds.KeyInsightsTitle); // inherits the dark fill
        Assert.All(report.Findings, f => Assert.Contains("pale.docx", f.Location));
        Assert.Equal(report.ToJson(), ReferenceDocument.Check(path).ToJson());

        // A report written with it anyway is caught by the document check too.
        var docxPath = Path.Combine(_dir, "pale-report.docx");
        new DocxWriter(DocxStyle.FromReferenceDocument(path)).Write(SampleReport.Build(), docxPath);
        var written = DocxAccessibilityChecker.Check(docxPath);
        Assert.Contains(written.Findings, f => f.RuleId == AccessibilityRules.TextContrast && f.Style == "Heading2");
        Assert.Contains(written.Findings, f => f.RuleId == AccessibilityRules.TextContrast && f.Style == DocxStyleIds.KeyInsightsBox);
    }

    [Fact]
    public void Default_house_style_passes_its_own_contrast_check_and_maps_to_chart_colours()
    {
        Assert.True(DocxAccessibilityChecker.CheckHouseStyle(DocxStyle.Default).IsClean);
        Assert.Equal(new HouseChartColours("Arial", "#1A1A1A", "#1B365D", "#00677F", "#FFFFFF"), DocxStyle.Default.ChartColours());

        var pale = DocxStyle.Default with { Palette = HousePalette.Default with { TableHeaderFill = "9CC3D5" } };
        var report = DocxAccessibilityChecker.CheckHouseStyle(pale);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("table header", finding.Style);
    }

    [Fact]
    public void Missing_or_unreadable_reference_fails_with_a_clear_message()
    {
        Assert.Throws<FileNotFoundException>(() => DocxStyle.FromReferenceDocument(Path.Combine(_dir, "none.docx")));
        var junk = Path.Combine(_dir, "junk.docx");
        File.WriteAllText(junk, "not a zip");
        var ex = Assert.Throws<InvalidDataException>(() => DocxStyle.FromReferenceDocument(junk));
        Assert.Contains("junk.docx", ex.Message);
    }

    [Fact]
    public void Reference_written_from_a_reference_style_round_trips()
    {
        var path = EditedReference("edited.docx", styles =>
            StyleById(styles, "Caption").StyleRunProperties!.Color = new Color { Val = "5B2C6F" });
        var style = DocxStyle.FromReferenceDocument(path);
        var again = Path.Combine(_dir, "again.docx");
        ReferenceDocument.Write(style, again);
        var reread = DocxStyle.FromReferenceDocument(again);
        Assert.Equal(style with { ReferenceStyles = null }, reread with { ReferenceStyles = null });
        Assert.Equal("5B2C6F", ReadColour(again, "Caption"));
    }

    private static string? ReadColour(string path, string styleId)
    {
        using var word = WordprocessingDocument.Open(path, false);
        return StyleById(word.MainDocumentPart!.StyleDefinitionsPart!.Styles!, styleId).StyleRunProperties?.Color?.Val?.Value;
    }

    /// <summary>
    /// A reference as a council's own Word template might be: theme fonts, a numbered Heading 1 linked to a
    /// character style, no outline level, US Letter paper, and none of ReportGen's own styles.
    /// </summary>
    private static void WordLikeReference(string path)
    {
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        main.Document = new Document(new Body(
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text("Council template"))),
            new SectionProperties(
                new PageSize { Width = 12240, Height = 15840 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 720, Footer = 720, Gutter = 0 })));
        var theme = main.AddNewPart<ThemePart>();
        using (var stream = theme.GetStream(FileMode.Create))
        using (var writer = new StreamWriter(stream))
            writer.Write("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>
                <a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>
                <a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
                <a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>
                </a:themeElements></a:theme>
                """);
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { AsciiTheme = ThemeFontValues.MinorHighAnsi, HighAnsiTheme = ThemeFontValues.MinorHighAnsi, EastAsiaTheme = ThemeFontValues.MinorHighAnsi, ComplexScriptTheme = ThemeFontValues.MinorBidi },
                    new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = "en-GB", EastAsia = "en-US", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "160", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new LinkedStyle { Val = "Heading1Char" },
                new UIPriority { Val = 9 }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new KeepLines(), new NumberingProperties(new NumberingId { Val = 1 }), new SpacingBetweenLines { Before = "240", After = "0" }),
                new StyleRunProperties(
                    new RunFonts { AsciiTheme = ThemeFontValues.MajorHighAnsi, HighAnsiTheme = ThemeFontValues.MajorHighAnsi, EastAsiaTheme = ThemeFontValues.MajorEastAsia, ComplexScriptTheme = ThemeFontValues.MajorBidi },
                    new Color { Val = "2F5496", ThemeColor = ThemeColorValues.Accent1, ThemeShade = "BF" },
                    new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(
                new StyleName { Val = "Heading 1 Char" }, new BasedOn { Val = "DefaultParagraphFont" }, new LinkedStyle { Val = "Heading1" }, new UIPriority { Val = 9 },
                new StyleRunProperties(new RunFonts { AsciiTheme = ThemeFontValues.MajorHighAnsi, HighAnsiTheme = ThemeFontValues.MajorHighAnsi }, new Color { Val = "2F5496", ThemeColor = ThemeColorValues.Accent1, ThemeShade = "BF" }, new FontSize { Val = "32" }))
            { Type = StyleValues.Character, StyleId = "Heading1Char" },
            new Style(
                new StyleName { Val = "Hyperlink" }, new UIPriority { Val = 99 }, new UnhideWhenUsed(),
                new StyleRunProperties(new Color { Val = "0563C1", ThemeColor = ThemeColorValues.Hyperlink }, new Underline { Val = UnderlineValues.Single }))
            { Type = StyleValues.Character, StyleId = "Hyperlink" });
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }
}
