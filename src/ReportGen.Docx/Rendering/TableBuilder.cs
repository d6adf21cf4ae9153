using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;
using ModelTableCell = ReportGen.Documents.TableCell;
using ModelTableRow = ReportGen.Documents.TableRow;
using CellAlignment = ReportGen.Documents.CellAlignment;
using DataTable = ReportGen.Documents.DataTable;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace ReportGen.Docx.Rendering;

/// <summary>
/// Builds a real data table: repeating header rows (tblHeader) that are bold and shaded, rows that do not split
/// across pages, fixed column widths, column spans, and the table's alt text (tblCaption/tblDescription).
/// </summary>
internal static partial class TableBuilder
{
    public static WTable Build(RenderContext context, IReadOnlyList<ModelTableRow> headerRows, IReadOnlyList<ModelTableRow> bodyRows,
        IReadOnlyList<double>? relativeWidths, string caption, string description)
    {
        var style = context.Style;
        int columns = Math.Max(1, headerRows.Concat(bodyRows).Select(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(1).Max());
        int total = context.TextWidthTwips;
        var widths = ContentColumnWidths.Compute(headerRows.Concat(bodyRows).Select(r => CellTexts(r, columns)).ToList(), columns, total, relativeWidths);

        var table = new WTable();
        var tblPr = new TableProperties
        {
            TableStyle = new TableStyle { Val = DocxStyleIds.ReportTable },
            TableWidth = new TableWidth { Width = total.ToString(), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
        };
        if (!string.IsNullOrWhiteSpace(caption)) tblPr.TableCaption = new TableCaption { Val = XmlText.Clean(caption.Trim()) };
        if (!string.IsNullOrWhiteSpace(description)) tblPr.TableDescription = new TableDescription { Val = XmlText.Clean(description.Trim()) };
        table.Append(tblPr);
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

        string headerFill = DocxStyle.Hex(style.Palette.TableHeaderFill, nameof(style.Palette.TableHeaderFill));
        string emphasisFill = DocxStyle.Hex(style.Palette.TableEmphasisFill, nameof(style.Palette.TableEmphasisFill));
        foreach (var row in headerRows) table.Append(Row(context, row, widths, header: true, headerFill));
        foreach (var row in bodyRows) table.Append(Row(context, row, widths, header: false, row.Emphasis ? emphasisFill : null));
        if (headerRows.Count == 0 && bodyRows.Count == 0)
            table.Append(Row(context, new ModelTableRow([]), widths, header: false, null));
        return table;
    }

    /// <summary>
    /// Turns chart data into model rows, right-aligning cells that hold numbers, and the heading of a column
    /// whose values are all numbers, so the heading sits over the figures.
    /// </summary>
    public static (IReadOnlyList<ModelTableRow> Header, IReadOnlyList<ModelTableRow> Body) FromData(DataTable data)
    {
        bool NumericColumn(int i) => i > 0 && data.Rows.Count > 0 && data.Rows.All(r => i >= r.Count || LooksNumeric(r[i]));
        var header = new ModelTableRow(data.Columns.Select((c, i) =>
            ModelTableCell.Text(c, NumericColumn(i) ? CellAlignment.Right : CellAlignment.Left)).ToList());
        var body = data.Rows.Select(r => new ModelTableRow(r.Select((v, i) =>
            ModelTableCell.Text(v, i > 0 && LooksNumeric(v) ? CellAlignment.Right : CellAlignment.Left)).ToList())).ToList();
        return ([header], body);
    }

    private static bool LooksNumeric(string s) => NumericPattern().IsMatch(s.Trim());

    [GeneratedRegex(@"^([<>≤≥~]?\s*[-+−]?[£$]?[\d.,]+\s*%?|\*|-|–|n/?a)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumericPattern();

    /// <summary>A row's texts by column; a cell that spans columns counts for none of them.</summary>
    private static IReadOnlyList<string?> CellTexts(ModelTableRow row, int columns)
    {
        var texts = new string?[columns];
        var column = 0;
        foreach (var cell in row.Cells)
        {
            var span = Math.Max(1, cell.ColumnSpan);
            if (column < columns && span == 1) texts[column] = Documents.Inlines.ToPlainText(cell.Content);
            column += span;
        }
        return texts;
    }

    private static WTableRow Row(RenderContext context, ModelTableRow row, int[] widths, bool header, string? fill)
    {
        var tr = new WTableRow();
        var trPr = new TableRowProperties(new CantSplit());
        if (header) trPr.Append(new TableHeader());
        tr.Append(trPr);

        int column = 0;
        foreach (var cell in row.Cells)
        {
            if (column >= widths.Length) break;
            int span = Math.Clamp(cell.ColumnSpan, 1, widths.Length - column);
            tr.Append(Cell(context, cell, widths.Skip(column).Take(span).Sum(), span, header, row.Emphasis, fill));
            column += span;
        }
        if (column < widths.Length)
        {
            // Short rows are padded so every row covers the whole grid.
            int span = widths.Length - column;
            tr.Append(Cell(context, new ModelTableCell([]), widths.Skip(column).Sum(), span, header, false, fill));
        }
        return tr;
    }

    private static WTableCell Cell(RenderContext context, ModelTableCell cell, int width, int span, bool header, bool emphasis, string? fill)
    {
        // Children are appended in schema order directly; the typed property setters are noticeably slower
        // and tables are where most of the elements of a report are.
        var tcPr = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (span > 1) tcPr.Append(new GridSpan { Val = span });
        if (fill is not null) tcPr.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        tcPr.Append(new TableCellVerticalAlignment { Val = header ? TableVerticalAlignmentValues.Bottom : TableVerticalAlignmentValues.Top });

        var ppr = new ParagraphProperties(new ParagraphStyleId { Val = header ? DocxStyleIds.TableHeading : DocxStyleIds.TableText });
        if (cell.Alignment != CellAlignment.Left)
            ppr.Append(new Justification { Val = cell.Alignment == CellAlignment.Right ? JustificationValues.Right : JustificationValues.Center });
        var p = new Paragraph(ppr);
        p.Append(context.RenderInlines(cell.Content, context.BodyInlines with { Bold = header || emphasis || cell.Bold }));
        return new WTableCell(tcPr, p);
    }
}
