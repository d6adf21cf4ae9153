using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;

namespace ReportGen.Docx.HouseStyle;

/// <summary>
/// Reads a reference document into a <see cref="DocxStyle"/>: the style sheet itself (kept verbatim for the
/// writer) and the fields the writer uses where it draws things directly (table shading, bullet font, page
/// setup) or that checks and charts need (palette, fonts). A field the reference does not decide falls back on
/// a related one it does (table header fill on the heading colour, box borders on the accent) and then on the
/// default house style.
/// </summary>
internal static class ReferenceStyleReader
{
    public static DocxStyle Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"House style reference document not found: {path}", path);
        WordprocessingDocument package;
        try
        {
            package = WordprocessingDocument.Open(path, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new InvalidDataException($"{path} is not a Word document (.docx) that can be read: {e.Message}", e);
        }
        using (package)
        {
            var main = package.MainDocumentPart;
            var styles = main?.StyleDefinitionsPart?.Styles
                ?? throw new InvalidDataException($"{path} has no styles (word/styles.xml); save it from Word as a .docx.");
            var copy = (Styles)styles.CloneNode(true);
            // Parse every element now: the sheet is shared read-only between writers, possibly on several threads.
            _ = copy.Descendants().Count();
            var resolver = new StyleResolver(copy, main!.ThemePart);
            var sheet = new ReferenceStyleSheet(Path.GetFullPath(path), copy, resolver);
            var style = Derive(resolver, main.Document?.Body) with { ReferenceStyles = sheet };
            try
            {
                style.Validate();
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{path}: {e.Message}", e);
            }
            return style;
        }
    }

    private static DocxStyle Derive(StyleResolver r, Body? body)
    {
        var d = DocxStyle.Default;
        string? Font(string id) => r.Has(id) ? r.Font(id) : null;
        double? Size(string id) => r.Has(id) ? r.Size(id) : null;
        string? Colour(string id) => r.Has(id) ? Text(r.Colour(id)) : null;
        string? Fill(string id) => r.Has(id) ? r.ParagraphFill(id) : null;

        // The body font and size come from Normal, or the document defaults when Normal says nothing.
        string bodyFont = r.Font(r.DefaultParagraphStyle ?? DocxStyleIds.Normal) ?? d.Palette.BodyFont;
        double bodySize = r.Size(r.DefaultParagraphStyle ?? DocxStyleIds.Normal) ?? d.BodySize;
        // Normal without a colour is Word's automatic colour: black on the white page.
        string normal = r.DefaultParagraphStyle ?? DocxStyleIds.Normal;
        string text = Text(r.Colour(normal)) ?? (r.Has(normal) ? "000000" : d.Palette.TextColor);
        string primary = Colour(DocxStyleIds.Heading(1)) ?? Colour(DocxStyleIds.Title) ?? d.Palette.PrimaryColor;
        string accent = Colour(DocxStyleIds.Heading(2)) ?? d.Palette.AccentColor;

        var headerRow = r.Has(DocxStyleIds.ReportTable) ? r.Conditional(DocxStyleIds.ReportTable, TableStyleOverrideValues.FirstRow) : null;
        var totalRow = r.Has(DocxStyleIds.ReportTable) ? r.Conditional(DocxStyleIds.ReportTable, TableStyleOverrideValues.LastRow) : null;
        string? headerFill = StyleResolver.FillValue(headerRow?.TableStyleConditionalFormattingTableCellProperties?.GetFirstChild<Shading>());
        string? headerText = Text(StyleResolver.ColourValue(headerRow?.RunPropertiesBaseStyle?.Color));

        var p = d.Palette;
        var style = d with
        {
            BodySize = bodySize,
            LeadSize = Size(DocxStyleIds.Lead) ?? d.LeadSize,
            TitleSize = Size(DocxStyleIds.Title) ?? d.TitleSize,
            SubtitleSize = Size(DocxStyleIds.Subtitle) ?? d.SubtitleSize,
            Heading1Size = Size(DocxStyleIds.Heading(1)) ?? d.Heading1Size,
            Heading2Size = Size(DocxStyleIds.Heading(2)) ?? d.Heading2Size,
            Heading3Size = Size(DocxStyleIds.Heading(3)) ?? d.Heading3Size,
            Heading4Size = Size(DocxStyleIds.Heading(4)) ?? d.Heading4Size,
            CaptionSize = Size(DocxStyleIds.Caption) ?? d.CaptionSize,
            SourceNoteSize = Size(DocxStyleIds.SourceNote) ?? d.SourceNoteSize,
            TableTextSize = Size(DocxStyleIds.TableText) ?? d.TableTextSize,
            FootnoteSize = Size(DocxStyleIds.FootnoteText) ?? d.FootnoteSize,
            HeaderSize = Size(DocxStyleIds.Header) ?? d.HeaderSize,

            Palette = p with
            {
                BodyFont = bodyFont,
                HeadingFont = Font(DocxStyleIds.Heading(1)) ?? Font(DocxStyleIds.Title) ?? bodyFont,
                TextColor = text,
                PrimaryColor = primary,
                AccentColor = accent,
                LinkColor = Colour(DocxStyleIds.Hyperlink) ?? p.LinkColor,
                MutedTextColor = Colour(DocxStyleIds.SourceNote) ?? Colour(DocxStyleIds.FootnoteText) ?? p.MutedTextColor,
                TableHeaderFill = headerFill ?? primary,
                TableHeaderTextColor = Colour(DocxStyleIds.TableHeading) ?? headerText ?? p.TableHeaderTextColor,
                TableEmphasisFill = StyleResolver.FillValue(totalRow?.TableStyleConditionalFormattingTableCellProperties?.GetFirstChild<Shading>()) ?? p.TableEmphasisFill,
                TableBorderColor = TableBorder(r) ?? p.TableBorderColor,
                KeyInsightsFill = Fill(DocxStyleIds.KeyInsightsBox) ?? p.KeyInsightsFill,
                KeyInsightsBorderColor = Border(r, DocxStyleIds.KeyInsightsBox) ?? accent,
                CalloutFill = Fill(DocxStyleIds.CalloutBox) ?? p.CalloutFill,
                CalloutBorderColor = Border(r, DocxStyleIds.CalloutBox) ?? primary,
            },
        };
        return WithPage(style, body);
    }

    /// <summary>"auto" text is black on the white page.</summary>
    private static string? Text(string? colour) => colour == "auto" ? "000000" : colour;

    private static string? Border(StyleResolver r, string id) =>
        r.Has(id) ? Text(r.ParagraphBorderColour<LeftBorder>(id) ?? r.ParagraphBorderColour<TopBorder>(id)) : null;

    private static string? TableBorder(StyleResolver r)
    {
        foreach (var s in r.Chain(r.Has(DocxStyleIds.ReportTable) ? DocxStyleIds.ReportTable : null))
            if (s.StyleTableProperties?.TableBorders is { } borders)
                foreach (var b in new BorderType?[] { borders.InsideHorizontalBorder, borders.TopBorder, borders.BottomBorder })
                    if (Text(StyleResolver.ColourValue(b?.Color?.Value)) is { } colour) return colour;
        return null;
    }

    /// <summary>Page size and margins from the reference's last section (the one Word's Layout tab edits).</summary>
    private static DocxStyle WithPage(DocxStyle style, Body? body)
    {
        var sectPr = body?.Elements<SectionProperties>().LastOrDefault()
            ?? body?.Descendants<SectionProperties>().LastOrDefault();
        if (sectPr is null) return style;
        if (sectPr.GetFirstChild<PageSize>() is { Width.Value: > 0, Height.Value: > 0 } size)
        {
            double w = Cm(size.Width!.Value), h = Cm(size.Height!.Value);
            // The report is portrait; a landscape reference still gives the paper size.
            style = style with { PageWidthCm = Math.Min(w, h), PageHeightCm = Math.Max(w, h) };
        }
        if (sectPr.GetFirstChild<PageMargin>() is { } m)
        {
            style = style with
            {
                MarginTopCm = m.Top?.Value is int top and > 0 ? Cm(top) : style.MarginTopCm,
                MarginBottomCm = m.Bottom?.Value is int bottom and > 0 ? Cm(bottom) : style.MarginBottomCm,
                MarginLeftCm = m.Left?.Value is uint left and > 0 ? Cm(left) : style.MarginLeftCm,
                MarginRightCm = m.Right?.Value is uint right and > 0 ? Cm(right) : style.MarginRightCm,
                HeaderDistanceCm = m.Header?.Value is uint header and > 0 ? Cm(header) : style.HeaderDistanceCm,
                FooterDistanceCm = m.Footer?.Value is uint footer and > 0 ? Cm(footer) : style.FooterDistanceCm,
            };
        }
        return style;
    }

    /// <summary>Twips to centimetres, to 0.01 cm: enough to give back the same twips when written again.</summary>
    private static double Cm(double twips) => Math.Round(twips / Units.TwipsPerCm, 2, MidpointRounding.AwayFromZero);
}
