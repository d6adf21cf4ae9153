using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;

namespace ReportGen.Data.Readers;

/// <summary>
/// Reads tidy XLSX workbooks (data/tidy/*.xlsx): the same columns as the tidy CSV layout on the first worksheet, with
/// the header in its first row. Row numbers in diagnostics are the worksheet's own row numbers.
/// </summary>
/// <param name="catalogue">Indicator ids are checked against it and supply the default sex and age.</param>
/// <param name="areas">Area codes are checked against it.</param>
public sealed class TidyXlsxReader(IndicatorCatalogue catalogue, AreaRegistry areas)
{
    /// <summary>Reads a workbook; see <see cref="TidyCsvReader.Read(string, DiagnosticBag)"/> for how problems are reported.</summary>
    public IReadOnlyList<IndicatorValue> Read(string path, DiagnosticBag diagnostics) =>
        DataFiles.Read(path, diagnostics, stream => Read(stream, path, diagnostics), []);

    /// <summary>As <see cref="Read(string, DiagnosticBag)"/> from a stream; <paramref name="fileName"/> names it in diagnostics.</summary>
    public IReadOnlyList<IndicatorValue> Read(Stream stream, string fileName, DiagnosticBag diagnostics)
    {
        List<TableRow> rows;
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            rows = ReadFirstSheet(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            diagnostics.Error(DataDiagnosticCodes.FileUnreadable, $"The workbook could not be read: {e.Message}", fileName,
                fix: "Save the file from Excel as an .xlsx workbook (not .xls or a renamed CSV).");
            return [];
        }
        if (rows.Count == 0)
        {
            diagnostics.Error(DataDiagnosticCodes.FileUnreadable, "The first worksheet is empty; a header row was expected.", fileName,
                fix: "Put the header in row 1 of the first worksheet (see data/FORMATS.md).");
            return [];
        }
        var header = rows[0].Cells.Select(c => c?.Trim() ?? "").ToList();
        return new TidyRows(catalogue, areas).Read(header, rows.Skip(1), fileName, diagnostics);
    }

    /// <summary>The non-blank rows of the first worksheet, each cell as text at its column's position.</summary>
    private static List<TableRow> ReadFirstSheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook.");
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("The workbook has no worksheet.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(item => item.InnerText).ToArray() ?? [];

        var rows = new List<TableRow>();
        var sheetData = part.Worksheet?.GetFirstChild<SheetData>();
        if (sheetData is null) return rows;
        int previousRow = 0;
        foreach (var row in sheetData.Elements<Row>())
        {
            int rowNumber = row.RowIndex?.Value is { } r ? (int)r : previousRow + 1;
            previousRow = rowNumber;
            var cells = new List<string?>();
            int previousColumn = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                int column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : previousColumn + 1;
                previousColumn = column;
                while (cells.Count <= column) cells.Add(null);
                cells[column] = CellText(cell, sharedStrings);
            }
            if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                rows.Add(new TableRow(rowNumber, cells));
        }
        return rows;
    }

    /// <summary>A cell's value as text: shared and inline strings resolved, numbers in invariant form as stored.</summary>
    private static string? CellText(Cell cell, string[] sharedStrings)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < sharedStrings.Length
                ? sharedStrings[i] : null;
        if (type == CellValues.InlineString)
            return cell.InlineString?.InnerText;
        if (type == CellValues.Boolean)
            return raw == "1" ? "TRUE" : "FALSE";
        // Numbers, formula results (str), ISO dates (d) and errors (e, such as #N/A) are stored as their text.
        return raw;
    }

    /// <summary>The 0-based column of a reference such as "C7".</summary>
    private static int ColumnIndex(string reference)
    {
        int index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return index - 1;
    }
}
