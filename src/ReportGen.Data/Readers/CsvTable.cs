using CsvHelper;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Data.Readers;

/// <summary>
/// A CSV file read as a header and a stream of rows of raw text, with each row's number. Rows are numbered as a
/// spreadsheet numbers them: the header is row 1 and each record is one row, even when a quoted field spans lines.
/// Tolerates a UTF-8 byte-order mark, CRLF or LF line ends, and line breaks inside quoted fields.
/// Rows are read lazily, one at a time, so a file of a million rows is never held in memory as text; the table
/// must be disposed, and <see cref="Rows"/> can be walked once.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvReader _reader;
    private readonly TextReader _text;
    private readonly DiagnosticBag _diagnostics;
    private bool _walked;

    private CsvTable(string fileName, IReadOnlyList<string> header, CsvReader reader, TextReader text, DiagnosticBag diagnostics)
    {
        FileName = fileName;
        Header = header;
        _reader = reader;
        _text = text;
        _diagnostics = diagnostics;
    }

    /// <summary>The file name used in diagnostics.</summary>
    public string FileName { get; }
    /// <summary>The header cells, trimmed, in file order.</summary>
    public IReadOnlyList<string> Header { get; }
    /// <summary>How many data rows have been read so far (all of them once <see cref="Rows"/> has been walked).</summary>
    public int RowsRead { get; private set; }

    /// <summary>The data rows in file order, read as they are walked; blank lines are skipped. A header-only file is reported as a warning.</summary>
    public IEnumerable<TableRow> Rows
    {
        get
        {
            if (_walked) throw new InvalidOperationException("The rows of a CSV table can be read once.");
            _walked = true;
            return Walk();
        }
    }

    private IEnumerable<TableRow> Walk()
    {
        while (_reader.Read())
        {
            var cells = new string?[_reader.FieldCount];
            for (int i = 0; i < cells.Length; i++) cells[i] = _reader.GetString(i);
            // A line holding only spaces reads as one blank field; skip it like an empty line.
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            RowsRead++;
            // RowNumber counts data records from 1; the header is row 1, so the first record is row 2.
            yield return new TableRow((int)_reader.RowNumber + 1, cells);
        }
        if (RowsRead == 0)
            _diagnostics.Warning(DataDiagnosticCodes.NoRows, "The file has a header but no data rows, so it adds nothing.", FileName, 1,
                fix: "Add the data rows under the header, or delete the file if it is not needed.");
    }

    /// <summary>Opens a CSV file; null (with an error in <paramref name="diagnostics"/>) when it cannot be opened, is not UTF-8 or has no usable header.</summary>
    public static CsvTable? Load(string path, DiagnosticBag diagnostics)
    {
        if (DataFiles.OpenText(path, diagnostics) is not { } text) return null;
        var table = Open(text, path, diagnostics);
        if (table is null) text.Dispose();
        return table;
    }

    /// <summary>Reads CSV text; <paramref name="fileName"/> names it in diagnostics. The caller keeps ownership of <paramref name="text"/>.</summary>
    public static CsvTable? Read(TextReader text, string fileName, DiagnosticBag diagnostics) =>
        Open(new NonClosingReader(text), fileName, diagnostics);

    private static CsvTable? Open(TextReader text, string fileName, DiagnosticBag diagnostics)
    {
        var reader = CsvReader.Create(text, Options(fileName, diagnostics), leaveOpen: true);
        var header = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF').Trim()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            diagnostics.Error(DataDiagnosticCodes.FileUnreadable, "The file is empty; a header row was expected.", fileName,
                fix: "Add a header row naming the columns (see data/FORMATS.md).");
            reader.Dispose();
            return null;
        }
        // Two columns with one name: which one a reader used would be a matter of chance, so refuse the file.
        var duplicates = header.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        foreach (var d in duplicates)
        {
            var positions = header.Select((h, i) => (h, i)).Where(x => string.Equals(x.h, d.Key, StringComparison.OrdinalIgnoreCase))
                .Select(x => (x.i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            diagnostics.Error(DataDiagnosticCodes.DuplicateColumn,
                $"The header names the column '{ErrorText.Quote(d.Key)}' {d.Count()} times (columns {string.Join(" and ", positions)}).",
                fileName, 1, d.Key, "Give each column its own name, or delete the extra column.");
        }
        if (duplicates.Count > 0) { reader.Dispose(); return null; }
        return new CsvTable(fileName, header, reader, text, diagnostics);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
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

    /// <summary>Passes reads through but leaves the caller's reader open when the table is disposed.</summary>
    private sealed class NonClosingReader(TextReader inner) : TextReader
    {
        public override int Peek() => inner.Peek();
        public override int Read() => inner.Read();
        public override int Read(char[] buffer, int index, int count) => inner.Read(buffer, index, count);
        public override int Read(Span<char> buffer) => inner.Read(buffer);
        public override string? ReadLine() => inner.ReadLine();
        public override string ReadToEnd() => inner.ReadToEnd();
        protected override void Dispose(bool disposing) { }
    }
}
