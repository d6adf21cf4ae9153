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
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }
        try
        {
            // A workbook is a zip file: refuse one that would decompress to far more than any real data workbook
            // before anything is unpacked (a "zip bomb" of a few kB can hold gigabytes).
            if (XlsxLimits.Problem(stream) is { } tooBig)
            {
                diagnostics.Error(DataDiagnosticCodes.TooLarge, tooBig, fileName,
                    fix: "Check this is the right file; split very large data into several workbooks or save it as CSV.");
                return [];
            }
            stream.Position = 0;
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            rows = ReadFirstSheet(document);
        }
        catch (XlsxLimitException e)
        {
            diagnostics.Error(e.Code, e.Message, fileName, e.Row, fix: e.Fix);
            return [];
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException
            or IOException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            diagnostics.Error(DataDiagnosticCodes.FileUnreadable, $"The workbook could not be read: {ErrorText.Plain(e)}", fileName,
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
        var duplicate = header.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            diagnostics.Error(DataDiagnosticCodes.DuplicateColumn, $"The header names the column '{ErrorText.Quote(duplicate.Key)}' {duplicate.Count()} times.",
                fileName, rows[0].Line, duplicate.Key, "Give each column its own name, or delete the extra column.");
            return [];
        }
        if (rows.Count == 1)
            diagnostics.Warning(DataDiagnosticCodes.NoRows, "The first worksheet has a header but no data rows, so it adds nothing.", fileName, rows[0].Line,
                fix: "Add the data rows under the header, or delete the file if it is not needed.");
        return new TidyRows(catalogue, areas).Read(header, rows.Skip(1), fileName, diagnostics);
    }

    /// <summary>The non-blank rows of the first worksheet, each cell as text at its column's position, read as a stream within <see cref="XlsxLimits"/>.</summary>
    private static List<TableRow> ReadFirstSheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook.");
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("The workbook has no worksheet.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var sharedStrings = workbook.SharedStringTablePart is { } sst ? XlsxStreaming.SharedStrings(sst.GetStream()) : [];
        using var sheetStream = part.GetStream();
        return XlsxStreaming.Rows(sheetStream, sharedStrings);
    }
}
