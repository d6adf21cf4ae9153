using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;

namespace ReportGen.Docx.Accessibility;

/// <summary>
/// Colour rules. Text contrast (WCAG 1.4.3): every visible run's resolved colour against what it sits on, which
/// is its own shading or highlight, else the paragraph's shading (Key Insights and call-out boxes), else the
/// table cell's fill (header and total rows, directly or from the table style), else the white page.
/// Colour alone (WCAG 1.4.1): links told apart from the text around them only by colour, words marked out only
/// by colour or highlight, and shaded table cells with no text.
/// </summary>
internal static class ColourChecks
{
    private const string White = "FFFFFF";

    /// <summary>What a table cell gives the text in it: a fill and the table style's run properties.</summary>
    private sealed record CellLook(string? Fill, OpenXmlElement? RunProperties, bool HeaderRow);

    /// <summary>A visible run outside links, with the colour and background it ends up with.</summary>
    private sealed record PlainRun(string Text, RunProperties? Properties, string? CharacterStyle, string? Colour, string? Mark);

    public static void Run(CheckContext c)
    {
        foreach (var (part, root) in c.ContentParts())
        {
            var cells = new Dictionary<TableCell, CellLook>(ReferenceEqualityComparer.Instance);
            foreach (var p in root.Descendants<Paragraph>())
                CheckParagraph(c, part, p, cells);
            foreach (var cell in root.Descendants<TableCell>())
                CheckCell(c, part, cell, cells);
            CheckLinks(c, part, root);
        }
    }

    private static void CheckParagraph(CheckContext c, OpenXmlPart part, Paragraph p, Dictionary<TableCell, CellLook> cells)
    {
        var styles = c.Styles;
        var pPr = p.ParagraphProperties;
        string? pStyle = pPr?.ParagraphStyleId?.Val?.Value;
        var cell = p.Ancestors<TableCell>().FirstOrDefault();
        var look = cell is null ? null : Look(c, cell, cells);
        string paragraphBackground = StyleResolver.FillValue(styles.Paragraph<Shading>(pPr, pStyle)) ?? look?.Fill ?? White;
        string? paragraphText = null;
        var plain = new List<PlainRun>();

        foreach (var run in p.Descendants<Run>())
        {
            if (!ReferenceEquals(run.Ancestors<Paragraph>().FirstOrDefault(), p)) continue; // a text box's own paragraphs
            string text = string.Concat(run.Elements<Text>().Select(t => t.Text));
            if (string.IsNullOrWhiteSpace(text)) continue;
            var rPr = run.RunProperties;
            string? cStyle = rPr?.RunStyle?.Val?.Value;
            if (On(styles.Run<Vanish>(rPr, cStyle, pStyle, look?.RunProperties))) continue;

            string? runFill = RunBackground(styles, rPr, cStyle, pStyle, look?.RunProperties);
            string background = runFill ?? paragraphBackground;
            string? colour = StyleResolver.ColourValue(styles.Run<Color>(rPr, cStyle, pStyle, look?.RunProperties, out var origin));

            // "auto" (or no colour anywhere) means Word picks black or white to suit the background.
            if (colour is not null and not "auto")
            {
                double size = StyleResolver.HalfPoints(styles.Run<FontSize>(rPr, cStyle, pStyle, look?.RunProperties)?.Val?.Value) ?? 11;
                bool bold = On(styles.Run<Bold>(rPr, cStyle, pStyle, look?.RunProperties));
                bool large = size >= 18 || (bold && size >= 14);
                double minimum = large ? c.Options.MinimumLargeTextContrast : c.Options.MinimumTextContrast;
                double ratio = ContrastAdvice.Ratio(colour, background);
                if (ratio + 1e-9 < minimum)
                {
                    paragraphText ??= VisibleText.Of(p).Trim();
                    ReportContrast(c, part, colour, background, ratio, minimum, pStyle, origin, paragraphText);
                }
            }

            if (!run.Ancestors<Hyperlink>().Any())
                plain.Add(new PlainRun(text, rPr, cStyle, colour, runFill));
        }

        if (plain.Count > 1)
        {
            paragraphText ??= VisibleText.Of(p).Trim();
            foreach (var candidate in plain)
                CheckColourOnly(c, part, candidate, plain, pStyle, look, paragraphText);
        }
    }

    /// <summary>
    /// One finding per colour, background and the place the colour comes from (a style, or direct formatting),
    /// however many paragraphs, headers and notes share it: that place is what needs fixing.
    /// </summary>
    private static void ReportContrast(CheckContext c, OpenXmlPart part, string colour, string background, double ratio, double minimum,
        string? pStyle, string origin, string paragraphText)
    {
        string styleName = pStyle ?? c.Styles.DefaultParagraphStyle ?? DocxStyleIds.Normal;
        bool direct = origin == "direct formatting";
        string where = direct ? $"direct colour in paragraph style {styleName}" : origin;
        string suggestion = ContrastAdvice.Suggest(colour, background, minimum);
        string direction = ContrastAdvice.Direction(background);
        string? style = direct ? styleName
            : origin.StartsWith("character style ", StringComparison.Ordinal) ? origin["character style ".Length..]
            : origin.StartsWith("paragraph style ", StringComparison.Ordinal) ? origin["paragraph style ".Length..]
            : null;
        string fix = direct
            ? $"Remove the direct text colour, or use #{suggestion} or {direction} on #{background}."
            : style is not null
                ? $"Change the colour of style {style} to #{suggestion} or {direction} (or change the #{background} fill behind it); if the style comes from the house style reference document, edit it there."
                : $"Set a text colour of #{suggestion} or {direction} (or change the #{background} fill behind it).";
        c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.TextContrast,
            $"Text coloured by {where} is #{colour} on #{background}: contrast {ContrastAdvice.Format(ratio)}, below {ContrastAdvice.FormatMinimum(minimum)}.",
            paragraphText.Length > 0 ? $"{where}: {VisibleText.Quote(paragraphText)}" : where,
            fix)
        {
            Style = style,
            Excerpt = paragraphText.Length > 0 ? VisibleText.Excerpt(paragraphText) : null,
            Part = CheckContext.PartName(part),
        }, $"{colour}|{background}|{where}");
    }

    /// <summary>
    /// A run given its own colour, highlight or shading, unlike other text in its paragraph, with nothing else
    /// (bold, italics, underline) to set it apart.
    /// </summary>
    private static void CheckColourOnly(CheckContext c, OpenXmlPart part, PlainRun run, List<PlainRun> paragraph,
        string? pStyle, CellLook? look, string paragraphText)
    {
        if (run.Properties is null) return;
        var styles = c.Styles;
        string? around = StyleResolver.ColourValue(styles.Run<Color>(null, null, pStyle, look?.RunProperties));
        bool recoloured = run.Colour is not null && run.Colour != "auto" && around != run.Colour;
        if (!recoloured && run.Mark is null) return;
        // Only part of the paragraph may be singled out; a whole paragraph in one colour is a style choice.
        if (paragraph.All(other => other.Colour == run.Colour && other.Mark == run.Mark)) return;
        if (HasNonColourCue(styles, run.Properties, run.CharacterStyle, pStyle, look?.RunProperties)) return;

        string how = recoloured ? $"colour #{run.Colour}" : $"highlight #{run.Mark}";
        c.Add(new AccessibilityFinding(FindingSeverity.Warning, AccessibilityRules.ColourOnlyEmphasis,
            $"Words are marked out by {how} alone; readers who cannot tell colours apart, or print in black and white, miss the meaning.",
            $"{VisibleText.Quote(run.Text)} in {VisibleText.Quote(paragraphText)}",
            "Add a cue that does not depend on colour (bold, a word such as \u201Chigher\u201D or \u201Cworse\u201D, a symbol), or remove the colour.")
        { Style = pStyle, Excerpt = VisibleText.Excerpt(run.Text), Part = CheckContext.PartName(part) }, $"{how}|{pStyle}");
    }

    /// <summary>Links in running text that only their colour sets apart (no underline, bold or italics).</summary>
    private static void CheckLinks(CheckContext c, OpenXmlPart part, OpenXmlElement root)
    {
        var styles = c.Styles;
        foreach (var link in root.Descendants<Hyperlink>())
        {
            var p = link.Ancestors<Paragraph>().FirstOrDefault();
            if (p is null) continue;
            string? pStyle = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            string linkText = VisibleText.Of(link).Trim();
            string paragraphText = VisibleText.Of(p).Trim();
            if (linkText.Length == 0 || paragraphText.Replace(linkText, "").Trim().Length == 0) continue; // contents entries, lone links

            var runs = link.Descendants<Run>().Where(r => r.Elements<Text>().Any(t => t.Text.Trim().Length > 0)).ToList();
            if (runs.Count == 0 || runs.Any(r => HasNonColourCue(styles, r.RunProperties, r.RunProperties?.RunStyle?.Val?.Value, pStyle, null)))
                continue;
            string? cStyle = runs[0].RunProperties?.RunStyle?.Val?.Value;
            c.Add(new AccessibilityFinding(FindingSeverity.Warning, AccessibilityRules.LinkColourOnly,
                "A link is told apart from the text around it by colour alone (it is not underlined).",
                $"link {VisibleText.Quote(linkText)}" + (cStyle is null ? "" : $" (character style {cStyle})"),
                cStyle is null
                    ? "Underline the link."
                    : $"Underline the {cStyle} character style (in the house style reference document when it comes from there).")
            { Style = cStyle, Excerpt = VisibleText.Excerpt(linkText), Part = CheckContext.PartName(part) }, $"{cStyle}");
        }
    }

    /// <summary>A shaded body cell with no text: a red/amber/green square means nothing without colour.</summary>
    private static void CheckCell(CheckContext c, OpenXmlPart part, TableCell cell, Dictionary<TableCell, CellLook> cells)
    {
        var fill = StyleResolver.FillValue(cell.TableCellProperties?.Shading);
        if (fill is null || fill == White) return;
        var look = Look(c, cell, cells);
        if (look.HeaderRow || VisibleText.Of(cell).Trim().Length > 0) return;
        var table = cell.Ancestors<Table>().First();
        if (VisibleText.Of(table).Trim().Length == 0) return; // a layout table with nothing in it
        string caption = table.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value?.Trim() ?? "";
        c.Add(new AccessibilityFinding(FindingSeverity.Warning, AccessibilityRules.ColourOnlyCell,
            $"A table cell is shaded #{fill} but has no text, so its colour is its only meaning.",
            caption.Length > 0 ? $"table {VisibleText.Quote(caption)}" : "a table",
            "Put the meaning in the cell as text (\u201CHigher\u201D, \u201CSimilar\u201D, \u201CLower\u201D, or a symbol with a key), keeping the colour as well if wanted.")
        { Part = CheckContext.PartName(part) }, $"{fill}|{caption}|{CheckContext.PartName(part)}");
    }

    /// <summary>The cell's fill: its own shading, the table style's header or total row, or the table style's cells.</summary>
    private static CellLook Look(CheckContext c, TableCell cell, Dictionary<TableCell, CellLook> cache)
    {
        if (cache.TryGetValue(cell, out var known)) return known;
        var row = cell.Parent as TableRow;
        var table = row?.Parent as Table;
        var tblPr = table?.GetFirstChild<TableProperties>();
        string? tableStyle = tblPr?.TableStyle?.Val?.Value;
        var rows = table?.Elements<TableRow>().ToList() ?? [];
        int index = row is null ? -1 : rows.IndexOf(row);
        var (firstRowOn, lastRowOn) = LookFlags(tblPr?.TableLook);
        bool header = row?.TableRowProperties?.GetFirstChild<TableHeader>() is not null;

        TableStyleProperties? conditional = null;
        if (index == 0 && firstRowOn) conditional = c.Styles.Conditional(tableStyle, TableStyleOverrideValues.FirstRow);
        else if (index >= 0 && index == rows.Count - 1 && lastRowOn) conditional = c.Styles.Conditional(tableStyle, TableStyleOverrideValues.LastRow);

        string? fill = StyleResolver.FillValue(cell.TableCellProperties?.Shading)
            ?? StyleResolver.FillValue(conditional?.TableStyleConditionalFormattingTableCellProperties?.GetFirstChild<Shading>())
            ?? c.Styles.TableCellFill(tableStyle)
            ?? StyleResolver.FillValue(tblPr?.GetFirstChild<Shading>());
        OpenXmlElement? runProperties = (OpenXmlElement?)conditional?.RunPropertiesBaseStyle ?? c.Styles.TableRunProperties(tableStyle);
        var look = new CellLook(fill, runProperties, header || (index == 0 && firstRowOn));
        cache[cell] = look;
        return look;
    }

    private static (bool FirstRow, bool LastRow) LookFlags(TableLook? look)
    {
        if (look is null) return (true, false); // Word's default look shows the header row
        int bits = int.TryParse(look.Val?.Value, System.Globalization.NumberStyles.HexNumber, null, out var v) ? v : 0;
        bool first = look.FirstRow?.Value ?? (bits & 0x0020) != 0;
        bool last = look.LastRow?.Value ?? (bits & 0x0040) != 0;
        return (first, last);
    }

    /// <summary>The run's own background: shading, else highlight.</summary>
    private static string? RunBackground(StyleResolver styles, RunProperties? rPr, string? cStyle, string? pStyle, OpenXmlElement? table)
    {
        if (StyleResolver.FillValue(styles.Run<Shading>(rPr, cStyle, pStyle, table)) is { } fill) return fill;
        var highlight = styles.Run<Highlight>(rPr, cStyle, pStyle, table)?.Val?.InnerText;
        return highlight is null ? null : HighlightHex(highlight);
    }

    private static bool HasNonColourCue(StyleResolver styles, RunProperties? rPr, string? cStyle, string? pStyle, OpenXmlElement? table)
    {
        if (On(styles.Run<Bold>(rPr, cStyle, pStyle, table)) || On(styles.Run<Italic>(rPr, cStyle, pStyle, table))
            || On(styles.Run<Caps>(rPr, cStyle, pStyle, table)) || On(styles.Run<SmallCaps>(rPr, cStyle, pStyle, table))
            || On(styles.Run<Strike>(rPr, cStyle, pStyle, table)) || On(styles.Run<DoubleStrike>(rPr, cStyle, pStyle, table)))
            return true;
        var underline = styles.Run<Underline>(rPr, cStyle, pStyle, table);
        if (underline is not null && underline.Val?.Value != UnderlineValues.None) return true;
        var position = styles.Run<VerticalTextAlignment>(rPr, cStyle, pStyle, table);
        return position?.Val is not null && position.Val.Value != VerticalPositionValues.Baseline;
    }

    /// <summary>An on/off property is on when present without val="0"/"false".</summary>
    private static bool On(OnOffType? element) => element is not null && (element.Val is null || element.Val.Value);

    private static string? HighlightHex(string name) => name switch
    {
        "yellow" => "FFFF00", "green" => "00FF00", "cyan" => "00FFFF", "magenta" => "FF00FF", "blue" => "0000FF",
        "red" => "FF0000", "darkBlue" => "000080", "darkCyan" => "008080", "darkGreen" => "008000",
        "darkMagenta" => "800080", "darkRed" => "800000", "darkYellow" => "808000", "darkGray" => "808080",
        "lightGray" => "C0C0C0", "black" => "000000", "white" => "FFFFFF",
        _ => null,
    };
}
