using System.Text;

namespace ReportGen.Fingertips;

/// <summary>
/// The outline of a CSV text, found with a single pass that only counts fields: the header cells, how many data
/// records there are, the field counts of the last two records and whether the text ends inside a quoted field.
/// That is what is needed to tell a whole file from one cut off in transit; the real parsing is left to
/// <see cref="ReportGen.Data.Readers.FingertipsCsvReader"/>.
/// </summary>
internal sealed class CsvShape
{
    private CsvShape() { }

    /// <summary>The cells of the first record, trimmed, with any byte-order mark removed.</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];
    /// <summary>Records after the header, blank lines not counted.</summary>
    public int DataRecords { get; private set; }
    /// <summary>Fields in the last record (the header's when there are no data records).</summary>
    public int LastFieldCount { get; private set; }
    /// <summary>Fields in the record before the last one, or null when the last is the first data record.</summary>
    public int? PreviousFieldCount { get; private set; }
    /// <summary>1-based record number of the last record, counting the header as 1.</summary>
    public int LastRecordNumber { get; private set; }
    /// <summary>True when the text ends while a quoted field is still open.</summary>
    public bool EndsInsideQuotes { get; private set; }
    /// <summary>The first characters of the text, for messages about what came back instead of CSV.</summary>
    public string Start { get; private set; } = "";

    /// <summary>Scans UTF-8 text (a byte-order mark is allowed) from <paramref name="stream"/>.</summary>
    public static CsvShape Scan(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var shape = new CsvShape();
        var start = new StringBuilder();
        var headerCells = new List<string>();
        var cell = new StringBuilder();
        bool inQuotes = false, atFieldStart = true, recordHasContent = false, inHeader = true;
        int fields = 1, records = 0, previous = -1;

        void EndRecord()
        {
            if (!recordHasContent) { fields = 1; atFieldStart = true; return; }   // a blank line
            if (inHeader) { headerCells.Add(cell.ToString()); inHeader = false; }
            records++;
            if (records > 1) previous = shape.LastFieldCount;
            shape.LastFieldCount = fields;
            fields = 1;
            atFieldStart = true;
            recordHasContent = false;
            cell.Clear();
        }

        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (start.Length < 200) start.Append(ch);
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); if (inHeader) cell.Append('"'); }
                    else inQuotes = false;
                }
                else if (inHeader) cell.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"' when atFieldStart:
                    inQuotes = true; atFieldStart = false; recordHasContent = true;
                    break;
                case ',':
                    fields++; atFieldStart = true; recordHasContent = true;
                    if (inHeader) { headerCells.Add(cell.ToString()); cell.Clear(); }
                    break;
                case '\r':
                    if (reader.Peek() == '\n') reader.Read();
                    EndRecord();
                    break;
                case '\n':
                    EndRecord();
                    break;
                default:
                    atFieldStart = false; recordHasContent = true;
                    if (inHeader) cell.Append(ch);
                    break;
            }
        }
        shape.EndsInsideQuotes = inQuotes;
        if (recordHasContent || inQuotes) { recordHasContent = true; EndRecord(); }

        shape.Header = headerCells.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF') : h).Trim()).ToList();
        shape.DataRecords = Math.Max(0, records - 1);
        shape.PreviousFieldCount = records >= 3 ? previous : null;
        shape.LastRecordNumber = records;
        shape.Start = start.ToString().TrimStart('\uFEFF');
        return shape;
    }
}
