using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;

namespace ReportGen.Docx.HouseStyle;

/// <summary>
/// The body of a generated reference document: one short sample of every style the writer uses, laid out as in
/// a report (the table takes its header and total row looks from the table style), so a council can open it in
/// Word, change the styles and see the effect.
/// </summary>
internal static class ReferenceSample
{
    public static Body Build(DocxStyle style)
    {
        var body = new Body();
        void Add(string styleId, string text, string? characterStyle = null) =>
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }),
                Texts.Run(text, characterStyle is null ? null : Texts.Props(characterStyle))));

        Add(DocxStyleIds.Title, "House style reference");
        Add(DocxStyleIds.Subtitle, "Subtitle: the styles in this document restyle every report");
        Add(DocxStyleIds.Date, "Date line");
        Add(DocxStyleIds.Normal,
            "ReportGen copies the styles of this document into every report it writes. Change a style with Home > " +
            "Styles > Modify (fonts, sizes, colours, spacing, borders, shading), keep the style names, and save as .docx. " +
            "The page size and margins of this document become the report's. Colours must keep a contrast of at least " +
            "4.5:1 with the page or shading behind them; ReportGen reports any that do not.");
        Add(DocxStyleIds.Heading(1), "Heading 1 (chapter)");
        Add(DocxStyleIds.Lead, "Lead: the larger summary paragraph that opens a chapter.");
        Add(DocxStyleIds.Heading(2), "Heading 2 (section)");
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.Normal }),
            Texts.Run("Normal body text with a "), Texts.Run("hyperlink", Texts.Props(DocxStyleIds.Hyperlink)),
            Texts.Run(" and a footnote mark"), Texts.Run("1", Texts.Props(DocxStyleIds.FootnoteReference)), Texts.Run(".")));
        Add(DocxStyleIds.Heading(3), "Heading 3 (subsection)");
        Add(DocxStyleIds.Heading(4), "Heading 4 (and deeper)");
        Add(DocxStyleIds.ListParagraph, "List Paragraph: list items (bullets are added by the report)");
        Add(DocxStyleIds.Caption, "Figure 1. Caption: figure and table captions");
        Add(DocxStyleIds.FigureImage, "Figure Image: the paragraph that holds a chart");
        Add(DocxStyleIds.SourceNote, "Source: Source Note, for sources and notes under figures and tables.");
        body.Append(SampleTable(style));
        Add(DocxStyleIds.SourceNote, "Report Table: the table style's Header Row and Total Row shading is used for table headers and totals.");
        Add(DocxStyleIds.KeyInsightsTitle, "Key Insights Title");
        Add(DocxStyleIds.KeyInsightsBox, "Key Insights Box: the shaded, bordered box for key insights and priorities.");
        body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact })));
        Add(DocxStyleIds.CalloutTitle, "Callout Title");
        Add(DocxStyleIds.CalloutBox, "Callout Box: key figures and notes.");
        Add(DocxStyleIds.TocHeading, "TOC Heading: contents and lists of figures");
        Add(DocxStyleIds.Toc(1), "1 TOC 1\t3");
        Add(DocxStyleIds.Toc(2), "1.1 TOC 2\t4");
        Add(DocxStyleIds.Toc(3), "1.1.1 TOC 3\t5");
        Add(DocxStyleIds.TableOfFigures, "Figure 1. Table of Figures entry\t6");
        int textWidth = Units.Twips(style.PageWidthCm - style.MarginLeftCm - style.MarginRightCm);
        body.Append(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.Header },
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidth })),
            Texts.Run("Header: the running header\t"), Texts.Run(style.BackToContentsText, Texts.Props(DocxStyleIds.Hyperlink)), Texts.Run(" | 1")));
        Add(DocxStyleIds.FootnoteText, "1 Footnote Text: the notes at the foot of the page.");
        body.Append(Section(style));
        return body;
    }

    private static Table SampleTable(DocxStyle style)
    {
        int width = Units.Twips(style.PageWidthCm - style.MarginLeftCm - style.MarginRightCm);
        int first = width / 2, other = (width - first) / 2, last = width - first - other;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyleIds.ReportTable },
                new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0060", FirstRow = true, LastRow = true, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
                new TableCaption { Val = "Sample table" },
                new TableDescription { Val = "A sample of the Report Table style with a header row, a body row and a total row." }),
            new TableGrid(new GridColumn { Width = first.ToString() }, new GridColumn { Width = other.ToString() }, new GridColumn { Width = last.ToString() }));
        table.Append(Row(true, [first, other, last], "Table Heading", "Number", "Rate"));
        table.Append(Row(false, [first, other, last], "Table Text", "1,234", "56.7"));
        table.Append(Row(false, [first, other, last], "Total row", "1,234", "56.7"));
        return table;
    }

    private static TableRow Row(bool header, int[] widths, params string[] cells)
    {
        var trPr = new TableRowProperties(new CantSplit());
        if (header) trPr.Append(new TableHeader());
        var row = new TableRow(trPr);
        for (int i = 0; i < cells.Length; i++)
        {
            var ppr = new ParagraphProperties(new ParagraphStyleId { Val = header ? DocxStyleIds.TableHeading : DocxStyleIds.TableText });
            if (i > 0) ppr.Append(new Justification { Val = JustificationValues.Right });
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(ppr, Texts.Run(cells[i]))));
        }
        return row;
    }

    private static SectionProperties Section(DocxStyle style) =>
        new(
            new PageSize { Width = (uint)Units.Twips(style.PageWidthCm), Height = (uint)Units.Twips(style.PageHeightCm), Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = Units.Twips(style.MarginTopCm),
                Bottom = Units.Twips(style.MarginBottomCm),
                Left = (uint)Units.Twips(style.MarginLeftCm),
                Right = (uint)Units.Twips(style.MarginRightCm),
                Header = (uint)Units.Twips(style.HeaderDistanceCm),
                Footer = (uint)Units.Twips(style.FooterDistanceCm),
                Gutter = 0,
            },
            new Columns { Space = "708" },
            new DocGrid { LinePitch = 360 });
}
