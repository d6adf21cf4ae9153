using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ReportGen.Pdf.Tests.Support;

/// <summary>
/// Builds small DOCX files shaped like a needs assessment: a contents list of hyperlinked TOC1/TOC2 paragraphs whose
/// page numbers are PAGEREF fields pointing at bookmarks on Heading 1/Heading 2 paragraphs spread over several pages,
/// a picture with alt text, a title and en-GB language settings.
/// </summary>
internal static class SampleDocx
{
    public const string Title = "Joint Strategic Needs Assessment: Test Area";
    public const string PictureAltText = "Bar chart of the population of Test Area by five-year age band";

    /// <summary>The headings, in order: (level, text, whether a page break comes before it).</summary>
    public static readonly IReadOnlyList<(int Level, string Text, bool BreakBefore)> Headings =
    [
        (1, "1 Introduction", true),
        (2, "1.1 Purpose of this assessment", false),
        (1, "2 Population", true),
        (2, "2.1 Age structure", false),   // pushed onto the next page by the long text before it
        (1, "3 Health outcomes", true),
        (2, "3.1 Life expectancy", false),
        (1, "4 Recommendations", true),
    ];

    /// <summary>
    /// Writes the sample. With <paramref name="staticWrongNumbers"/> the contents prints fixed, wrong page numbers
    /// instead of PAGEREF fields (to prove the contents check catches drift).
    /// </summary>
    public static void Write(string path, bool staticWrongNumbers = false)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        AddStyles(main);
        AddSettings(main);
        var imagePart = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(TinyPng.Make(64, 40)))
        {
            imagePart.FeedData(png);
        }

        var imageId = main.GetIdOfPart(imagePart);
        doc.PackageProperties.Title = Title;
        doc.PackageProperties.Language = "en-GB";
        doc.PackageProperties.Creator = "ReportGen tests";

        var body = new Body();
        body.Append(Para("Title", Title));
        body.Append(Para("TOCHeading", "Contents"));
        for (var i = 0; i < Headings.Count; i++)
        {
            var (level, text, _) = Headings[i];
            body.Append(TocEntry(level, text, BookmarkName(i), staticWrongNumbers ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
        }

        for (var i = 0; i < Headings.Count; i++)
        {
            var (level, text, breakBefore) = Headings[i];
            if (breakBefore)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            }

            body.Append(HeadingPara(level, text, BookmarkName(i), i + 1));
            var paragraphs = text.StartsWith("2 ", StringComparison.Ordinal) ? 16 : 2;
            for (var p = 0; p < paragraphs; p++)
            {
                body.Append(Para("Normal", Lorem(i, p)));
            }

            if (text.StartsWith("2.1", StringComparison.Ordinal))
            {
                body.Append(new Paragraph(new Run(Picture(imageId, PictureAltText))));
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 708, Footer = 708, Gutter = 0U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>Writes a ZIP that has the DOCX parts but a broken document.xml.</summary>
    public static void WriteBrokenBody(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        WriteEntry(zip, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        WriteEntry(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>unterminated");
    }

    public static string BookmarkName(int index) => "_Toc" + (100000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteEntry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }

    private static Paragraph Para(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph HeadingPara(int level, string text, string bookmark, int id) =>
        new(
            new ParagraphProperties(new ParagraphStyleId { Val = "Heading" + level }),
            new BookmarkStart { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = bookmark },
            new Run(new Text(text)),
            new BookmarkEnd { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static Paragraph TocEntry(int level, string text, string bookmark, string? fixedNumber)
    {
        var link = new Hyperlink { Anchor = bookmark, History = true };
        link.Append(new Run(new RunProperties(new RunStyle { Val = "Hyperlink" }), new Text(text)));
        link.Append(new Run(new TabChar()));
        if (fixedNumber is not null)
        {
            link.Append(new Run(new Text(fixedNumber)));
        }
        else
        {
            link.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
            link.Append(new Run(new FieldCode($" PAGEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }));
            link.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            link.Append(new Run(new Text("99")));   // a deliberately wrong cached result: LibreOffice must recompute it
            link.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        }

        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC" + level }), link);
    }

    private static Drawing Picture(string imageId, string altText)
    {
        const long cx = 64L * 9525 * 4;
        const long cy = 40L * 9525 * 4;
        return new Drawing(
            new DW.Inline(
                new DW.Extent { Cx = cx, Cy = cy },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new DW.DocProperties { Id = 1U, Name = "Chart 1", Description = altText },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(
                            new PIC.NonVisualDrawingProperties { Id = 0U, Name = "chart.png", Description = altText },
                            new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(new A.Blip { Embed = imageId }, new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = new Settings(new ThemeFontLanguages { Val = "en-GB" });
        part.Settings.Save();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans", EastAsia = "Liberation Sans" },
                    new FontSize { Val = "22" },
                    new Languages { Val = "en-GB", EastAsia = "en-GB", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "160", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(new Style(
            new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleRunProperties(new Bold(), new FontSize { Val = "44" }))
        { Type = StyleValues.Paragraph, StyleId = "Title" });
        styles.Append(HeadingStyle(1, "32"));
        styles.Append(HeadingStyle(2, "26"));
        styles.Append(new Style(
            new StyleName { Val = "TOC Heading" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new StyleRunProperties(new Bold(), new FontSize { Val = "32" }))
        { Type = StyleValues.Paragraph, StyleId = "TOCHeading" });
        styles.Append(TocStyle(1, 0));
        styles.Append(TocStyle(2, 440));
        styles.Append(new Style(
            new StyleName { Val = "Hyperlink" },
            new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
        { Type = StyleValues.Character, StyleId = "Hyperlink" });
        part.Styles = styles;
        part.Styles.Save();
    }

    private static Style HeadingStyle(int level, string size) =>
        new(
            new StyleName { Val = "heading " + level },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = "Heading" + level };

    private static Style TocStyle(int level, int indent) =>
        new(
            new StyleName { Val = "toc " + level },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new StyleParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = 9016 }),
                new SpacingBetweenLines { After = "100" },
                new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = "TOC" + level };

    private static string Lorem(int section, int paragraph) =>
        $"Paragraph {paragraph + 1} of section {section + 1}. Local authorities use joint strategic needs assessments to "
        + "describe the health and wellbeing of their population, the wider determinants of health and the services "
        + "that respond to them. This sentence is here to fill the page so that headings fall on different pages, "
        + "and the contents list has real page numbers to check against the pages where the headings are printed.";
}
