using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;

namespace ReportGen.Docx.Parts;

/// <summary>Builds styles.xml from the house style: document defaults, built-in and house styles.</summary>
internal static class StylesBuilder
{
    /// <summary>Left and right indent of call-out box paragraphs; the border and padding sit outside it.</summary>
    public const int BoxIndentTwips = 227;

    public static Styles Build(DocxStyle s, string language, int portraitTextWidthTwips)
    {
        string text = DocxStyle.Hex(s.Palette.TextColor, nameof(s.Palette.TextColor));
        string primary = DocxStyle.Hex(s.Palette.PrimaryColor, nameof(s.Palette.PrimaryColor));
        string accent = DocxStyle.Hex(s.Palette.AccentColor, nameof(s.Palette.AccentColor));
        string link = DocxStyle.Hex(s.Palette.LinkColor, nameof(s.Palette.LinkColor));
        string muted = DocxStyle.Hex(s.Palette.MutedTextColor, nameof(s.Palette.MutedTextColor));

        var styles = new Styles();
        styles.Append(DocDefaults(s, language));

        // Paragraph styles.
        styles.Append(ParagraphStyle(DocxStyleIds.Normal, "Normal", basedOn: null, isDefault: true,
            ppr: new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 140, line: 276) },
            rpr: new StyleRunProperties { Color = new Color { Val = text } }));

        styles.Append(ParagraphStyle(DocxStyleIds.Title, "Title", DocxStyleIds.Normal, next: DocxStyleIds.Subtitle,
            ppr: new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                ParagraphBorders = new ParagraphBorders { BottomBorder = Border<BottomBorder>(accent, 18, 8) },
                SpacingBetweenLines = Spacing(before: 3400, after: 360, line: 240),
            },
            rpr: Run(s.Palette.HeadingFont, s.TitleSize, primary, bold: true)));
        styles.Append(ParagraphStyle(DocxStyleIds.Subtitle, "Subtitle", DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 120, after: 480, line: 264) },
            rpr: Run(s.Palette.HeadingFont, s.SubtitleSize, accent, bold: false)));
        styles.Append(ParagraphStyle(DocxStyleIds.Date, "Date", DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 240) },
            rpr: Run(s.Palette.HeadingFont, s.BodySize + 2, text, bold: true)));

        (double size, string color, int before, int after)[] headings =
        [
            (s.Heading1Size, primary, 0, 240),
            (s.Heading2Size, accent, 360, 160),
            (s.Heading3Size, primary, 280, 120),
            (s.Heading4Size, accent, 240, 80),
        ];
        for (int i = 0; i < headings.Length; i++)
        {
            var (size, color, before, after) = headings[i];
            var ppr = new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = Spacing(before: before, after: after, line: 240),
                OutlineLevel = new OutlineLevel { Val = i },
            };
            if (i == 0)
                ppr.ParagraphBorders = new ParagraphBorders { BottomBorder = Border<BottomBorder>(accent, 12, 6) };
            styles.Append(ParagraphStyle(DocxStyleIds.Heading(i + 1), $"heading {i + 1}", DocxStyleIds.Normal,
                next: DocxStyleIds.Normal, ppr: ppr, rpr: Run(s.Palette.HeadingFont, size, color, bold: true), uiPriority: 9));
        }

        styles.Append(ParagraphStyle(DocxStyleIds.Lead, "Lead", DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 200, line: 288) },
            rpr: Run(null, s.LeadSize, primary, bold: false)));
        // Source and note lines sit together (contextual spacing) with a gap before the text that follows.
        styles.Append(ParagraphStyle(DocxStyleIds.SourceNote, "Source Note", DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 60, after: 200, line: 240), ContextualSpacing = new ContextualSpacing() },
            rpr: Run(null, s.SourceNoteSize, muted, bold: false)));
        styles.Append(ParagraphStyle(DocxStyleIds.Caption, "caption", DocxStyleIds.Normal, next: DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SpacingBetweenLines = Spacing(before: 200, after: 100, line: 240) },
            rpr: Run(null, s.CaptionSize, primary, bold: true), uiPriority: 35));
        styles.Append(ParagraphStyle(DocxStyleIds.FigureImage, "Figure Image", DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(after: 60, line: 240) },
            rpr: null));

        // Contents, lists of figures/tables.
        styles.Append(ParagraphStyle(DocxStyleIds.TocHeading, "TOC Heading", DocxStyleIds.Normal, next: DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(before: 0, after: 240, line: 240) },
            rpr: Run(s.Palette.HeadingFont, s.Heading1Size, primary, bold: true), uiPriority: 39));
        for (int level = 1; level <= 3; level++)
        {
            // No right indent: LibreOffice drops a page number whose tab stop lies beyond the right indent.
            var ppr = new StyleParagraphProperties
            {
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = portraitTextWidthTwips }),
                SpacingBetweenLines = Spacing(before: level == 1 ? 120 : 0, after: 60, line: 240),
                Indentation = new Indentation { Left = ((level - 1) * 284).ToString() },
            };
            styles.Append(ParagraphStyle(DocxStyleIds.Toc(level), $"toc {level}", DocxStyleIds.Normal, next: DocxStyleIds.Normal,
                ppr: ppr, rpr: level == 1 ? new StyleRunProperties { Bold = new Bold() } : null, uiPriority: 39));
        }
        styles.Append(ParagraphStyle(DocxStyleIds.TableOfFigures, "table of figures", DocxStyleIds.Normal, next: DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties
            {
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = portraitTextWidthTwips }),
                SpacingBetweenLines = Spacing(after: 80, line: 240),
            }, rpr: null));

        // Footnotes, header, lists.
        styles.Append(ParagraphStyle(DocxStyleIds.FootnoteText, "footnote text", DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 40, line: 240) },
            rpr: Run(null, s.FootnoteSize, text, bold: false)));
        styles.Append(ParagraphStyle(DocxStyleIds.Header, "header", DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders { BottomBorder = Border<BottomBorder>(accent, 6, 4) },
                SpacingBetweenLines = Spacing(after: 0, line: 240),
            },
            rpr: Run(null, s.HeaderSize, primary, bold: false)));
        styles.Append(ParagraphStyle(DocxStyleIds.ListParagraph, "List Paragraph", DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 80), Indentation = new Indentation { Left = "720" } },
            rpr: null, uiPriority: 34));

        // Call-out boxes: shaded paragraphs with identical borders so consecutive ones join into one box.
        styles.Append(BoxStyle(DocxStyleIds.KeyInsightsBox, "Key Insights Box", DocxStyle.Hex(s.Palette.KeyInsightsFill, nameof(s.Palette.KeyInsightsFill)),
            DocxStyle.Hex(s.Palette.KeyInsightsBorderColor, nameof(s.Palette.KeyInsightsBorderColor)), text));
        styles.Append(ParagraphStyle(DocxStyleIds.KeyInsightsTitle, "Key Insights Title", DocxStyleIds.KeyInsightsBox, next: DocxStyleIds.KeyInsightsBox,
            ppr: new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(after: 100, line: 264) },
            rpr: Run(s.Palette.HeadingFont, s.BodySize + 1, primary, bold: true)));
        styles.Append(BoxStyle(DocxStyleIds.CalloutBox, "Callout Box", DocxStyle.Hex(s.Palette.CalloutFill, nameof(s.Palette.CalloutFill)),
            DocxStyle.Hex(s.Palette.CalloutBorderColor, nameof(s.Palette.CalloutBorderColor)), text));
        styles.Append(ParagraphStyle(DocxStyleIds.CalloutTitle, "Callout Title", DocxStyleIds.CalloutBox, next: DocxStyleIds.CalloutBox,
            ppr: new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(after: 80, line: 264) },
            rpr: Run(s.Palette.HeadingFont, s.BodySize, primary, bold: true)));

        // Tables.
        styles.Append(ParagraphStyle(DocxStyleIds.TableText, "Table Text", DocxStyleIds.Normal,
            ppr: new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 20, after: 20, line: 240) },
            rpr: Run(null, s.TableTextSize, text, bold: false)));
        styles.Append(ParagraphStyle(DocxStyleIds.TableHeading, "Table Heading", DocxStyleIds.TableText,
            ppr: new StyleParagraphProperties { KeepNext = new KeepNext() },
            rpr: new StyleRunProperties
            {
                Bold = new Bold(), BoldComplexScript = new BoldComplexScript(),
                Color = new Color { Val = DocxStyle.Hex(s.Palette.TableHeaderTextColor, nameof(s.Palette.TableHeaderTextColor)) },
            }));

        // Character styles.
        styles.Append(new Style(
            new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
        { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true });
        styles.Append(new Style(
            new StyleName { Val = "Hyperlink" }, new BasedOn { Val = "DefaultParagraphFont" }, new UIPriority { Val = 99 }, new UnhideWhenUsed(),
            new StyleRunProperties { Color = new Color { Val = link }, Underline = new Underline { Val = UnderlineValues.Single } })
        { Type = StyleValues.Character, StyleId = DocxStyleIds.Hyperlink });
        styles.Append(new Style(
            new StyleName { Val = "footnote reference" }, new BasedOn { Val = "DefaultParagraphFont" }, new UIPriority { Val = 99 }, new UnhideWhenUsed(),
            new StyleRunProperties { VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript } })
        { Type = StyleValues.Character, StyleId = DocxStyleIds.FootnoteReference });

        // Table styles.
        styles.Append(new Style(
            new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        string grid = DocxStyle.Hex(s.Palette.TableBorderColor, nameof(s.Palette.TableBorderColor));
        styles.Append(new Style(
            new StyleName { Val = "Report Table" }, new BasedOn { Val = "TableNormal" }, new UIPriority { Val = 59 },
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 0, line: 240) },
            new StyleTableProperties(
                new TableBorders(
                    Border<TopBorder>(grid, 4, 0), Border<LeftBorder>(grid, 4, 0), Border<BottomBorder>(grid, 4, 0),
                    Border<RightBorder>(grid, 4, 0), Border<InsideHorizontalBorder>(grid, 4, 0), Border<InsideVerticalBorder>(grid, 4, 0)),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            // The header and total row looks, as Word's "Header Row" and "Total Row" table style options. The writer
            // also shades those cells directly; keeping the colours here lets a reference document carry them.
            new TableStyleProperties(
                new RunPropertiesBaseStyle { Bold = new Bold(), BoldComplexScript = new BoldComplexScript(),
                    Color = new Color { Val = DocxStyle.Hex(s.Palette.TableHeaderTextColor, nameof(s.Palette.TableHeaderTextColor)) } },
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = DocxStyle.Hex(s.Palette.TableHeaderFill, nameof(s.Palette.TableHeaderFill)) }))
            { Type = TableStyleOverrideValues.FirstRow },
            new TableStyleProperties(
                new RunPropertiesBaseStyle { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() },
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = DocxStyle.Hex(s.Palette.TableEmphasisFill, nameof(s.Palette.TableEmphasisFill)) }))
            { Type = TableStyleOverrideValues.LastRow })
        { Type = StyleValues.Table, StyleId = DocxStyleIds.ReportTable });

        // A house style read from a reference document replaces the generated definitions it has.
        s.ReferenceStyles?.ApplyTo(styles, language);
        return styles;
    }

    private static DocDefaults DocDefaults(DocxStyle s, string language) =>
        new(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = new RunFonts { Ascii = s.Palette.BodyFont, HighAnsi = s.Palette.BodyFont, ComplexScript = s.Palette.BodyFont, EastAsia = s.Palette.BodyFont },
                FontSize = new FontSize { Val = Units.HalfPoints(s.BodySize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(s.BodySize) },
                Languages = new Languages { Val = language, EastAsia = language, Bidi = "ar-SA" },
            }),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "140", Line = "276", LineRule = LineSpacingRuleValues.Auto },
            }));

    private static Style ParagraphStyle(string id, string name, string? basedOn, StyleParagraphProperties? ppr,
        StyleRunProperties? rpr, string? next = null, bool isDefault = false, int? uiPriority = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (next is not null) style.Append(new NextParagraphStyle { Val = next });
        if (uiPriority is not null) style.Append(new UIPriority { Val = uiPriority });
        style.Append(new PrimaryStyle());
        if (ppr is not null) style.Append(ppr);
        if (rpr is not null) style.Append(rpr);
        return style;
    }

    private static Style BoxStyle(string id, string name, string fill, string border, string text) =>
        ParagraphStyle(id, name, DocxStyleIds.Normal, next: id,
            ppr: new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders
                {
                    TopBorder = Border<TopBorder>(border, 12, 6),
                    LeftBorder = Border<LeftBorder>(border, 36, 8),
                    BottomBorder = Border<BottomBorder>(border, 12, 6),
                    RightBorder = Border<RightBorder>(border, 12, 8),
                },
                Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill },
                SpacingBetweenLines = Spacing(before: 0, after: 100, line: 264),
                Indentation = new Indentation { Left = BoxIndentTwips.ToString(), Right = BoxIndentTwips.ToString() },
            },
            rpr: new StyleRunProperties { Color = new Color { Val = text } });

    internal static T Border<T>(string color, uint eighthsOfPoint, uint spacePt) where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = eighthsOfPoint, Space = spacePt, Color = color };

    private static SpacingBetweenLines Spacing(int? before = null, int? after = null, int? line = null)
    {
        var sp = new SpacingBetweenLines();
        if (before is not null) sp.Before = before.Value.ToString();
        if (after is not null) sp.After = after.Value.ToString();
        if (line is not null) { sp.Line = line.Value.ToString(); sp.LineRule = LineSpacingRuleValues.Auto; }
        return sp;
    }

    private static StyleRunProperties Run(string? font, double size, string color, bool bold)
    {
        var rpr = new StyleRunProperties();
        if (font is not null) rpr.RunFonts = new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font };
        if (bold) { rpr.Bold = new Bold(); rpr.BoldComplexScript = new BoldComplexScript(); }
        rpr.Color = new Color { Val = color };
        rpr.FontSize = new FontSize { Val = Units.HalfPoints(size) };
        rpr.FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(size) };
        return rpr;
    }
}
