using CsvHelper;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Data.Readers;

/// <summary>
/// A CSV file read into memory as a header and rows of raw text, with each row's number. Rows are numbered as a
/// spreadsheet numbers them: the header is row 1 and each record is one row, even when a quoted field spans lines.
/// Tolerates a UTF-8 byte-order mark, CRLF or LF line ends, and line breaks inside quoted fields.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string fileName, IReadOnlyList<string> header, IReadOnlyList<TableRow> rows)
    {
        FileName = fileName;
        Header = header;
        Rows = rows;
    }

    /// <summary>The file name used in diagnostics.</summary>
    public string FileName { get; }
    /// <summary>The header cells, trimmed, in file order.</summary>
    public IReadOnlyList<string> Header { get; }
    /// <summary>The data rows in file order; blank lines are skipped.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>Reads a CSV file; null (with an error in <paramref name="diagnostics"/>) when it cannot be opened or has no header.</summary>
    public static CsvTable? Load(string path, DiagnosticBag diagnostics)
    {
        return DataFiles.Read(path, diagnostics, stream =>
        {
            using var reader = CsvReader.Create(stream, Options(path, diagnostics), leaveOpen: true);
            return Read(reader, path, diagnostics);
        }, null);
    }

    /// <summary>Reads CSV text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public static CsvTable? Read(TextReader text, string fileName, DiagnosticBag diagnostics)
    {
        using var reader = CsvReader.Create(text, Options(fileName, diagnostics), leaveOpen: true);
        return Read(reader, fileName, diagnostics);
    }

    private static CsvTable? Read(CsvReader reader, string fileName, DiagnosticBag diagnostics)
    {
        var header = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF').Trim()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            diagnostics.Error(DataDiagnosticCodes.FileUnreadable, "The file is empty; a header row was expected.", fileName,
                fix: "Add a header row naming the columns (see data/FORMATS.md).");
            return null;
        }
        var rows = new List<TableRow>();
        while (reader.Read())
        {
            var cells = new string?[reader.FieldCount];
            for (int i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i);
            // A line holding only spaces reads as one blank field; skip it like an empty line.
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            // RowNumber counts data records from 1; the header is row 1, so the first record is row 2.
            rows.Add(new TableRow((int)reader.RowNumber + 1, cells));
        }
        return new CsvTable(fileName, header, rows);
    }

    private static CsvReaderOptions Options(string fileName, DiagnosticBag diagnostics) => new()
    {
        Separator = ',',
        HasHeader = true,
        OnMalformedRecord = bad => diagnostics.Add(new Diagnostic(
            // A stray quote in an unquoted field is kept as text, so the value is still right.
            bad.Reason == CsvMalformedReason.StrayQuote ? Severity.Warning : Severity.Error,
            DataDiagnosticCodes.FileUnreadable, MalformedMessage(bad.Reason), fileName, (int)bad.RecordNumber,
            Fix: bad.Reason == CsvMalformedReason.UnterminatedQuote
                ? "Add the missing closing double quote; everything after it was read as one field."
                : "Put the whole field in double quotes and write each quote inside it twice (\"\").")),
    };

    private static string MalformedMessage(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "A quoted field is never closed.",
        CsvMalformedReason.TextAfterClosingQuote => "Text follows the closing quote of a quoted field; it was joined to the value.",
        _ => "A double quote sits inside a field that does not start with one; it was read as part of the text.",
    };

}
