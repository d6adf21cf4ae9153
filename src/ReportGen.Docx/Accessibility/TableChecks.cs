using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Accessibility;

/// <summary>
/// Data tables need a header row marked as such (w:tblHeader: it repeats on every page and becomes TH cells in
/// the PDF) and alt text (w:tblCaption as the title, w:tblDescription as the summary).
/// </summary>
internal static class TableChecks
{
    public static void Run(CheckContext c)
    {
        var body = c.Main?.Document?.Body;
        if (body is null) return;
        int number = 0;
        foreach (var table in body.Descendants<Table>())
        {
            number++;
            var tblPr = table.GetFirstChild<TableProperties>();
            string caption = tblPr?.TableCaption?.Val?.Value?.Trim() ?? "";
            string description = tblPr?.TableDescription?.Val?.Value?.Trim() ?? "";
            string where = Where(table, number, caption);
            string? style = tblPr?.TableStyle?.Val?.Value;

            var firstRow = table.Elements<TableRow>().FirstOrDefault();
            var header = firstRow?.TableRowProperties?.GetFirstChild<TableHeader>();
            bool hasHeader = header is not null && (header.Val is null || header.Val.Value == OnOffOnlyValues.On);
            if (!hasHeader)
                c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.TableHeaderMissing,
                    "The table's first row is not marked as a header row, so screen readers cannot say which column a cell is in and the header does not repeat on new pages.",
                    where,
                    "Mark the column heading row(s) as header rows (Table Properties > Row > \u201CRepeat as header row at the top of each page\u201D; header rows in ReportGen tables).")
                { Style = style, Excerpt = caption.Length > 0 ? VisibleText.Excerpt(caption) : null, Part = CheckContext.PartName(c.Main!) });

            if (caption.Length == 0 && description.Length == 0)
                c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.TableAltMissing,
                    "The table has no alt text (neither a title nor a description).",
                    where,
                    "Give the table a title and a one-sentence description of what it shows (Table Properties > Alt Text; the caption and Description in ReportGen).")
                { Style = style, Part = CheckContext.PartName(c.Main!) });
            else if (caption.Length == 0 || description.Length == 0)
                c.Add(new AccessibilityFinding(FindingSeverity.Warning, AccessibilityRules.TableAltIncomplete,
                    caption.Length == 0 ? "The table has a description but no title (w:tblCaption)." : "The table has a title but no description (w:tblDescription).",
                    where,
                    "Give the table both a short title and a description of what it shows.")
                { Style = style, Excerpt = caption.Length > 0 ? VisibleText.Excerpt(caption) : VisibleText.Excerpt(description), Part = CheckContext.PartName(c.Main!) });
        }
    }

    /// <summary>"table 3 “Adults in treatment…”": its title, else the caption paragraph above it, else its first cell.</summary>
    private static string Where(Table table, int number, string caption)
    {
        string label = caption;
        if (label.Length == 0 && table.PreviousSibling() is Paragraph previous
            && previous.ParagraphProperties?.ParagraphStyleId?.Val?.Value == DocxStyleIds.Caption)
            label = VisibleText.Of(previous).Trim();
        if (label.Length == 0)
            label = VisibleText.Of(table.Elements<TableRow>().FirstOrDefault()?.GetFirstChild<TableCell>() ?? (DocumentFormat.OpenXml.OpenXmlElement)table).Trim();
        return label.Length == 0 ? $"table {number}" : $"table {number} {VisibleText.Quote(label)}";
    }
}
