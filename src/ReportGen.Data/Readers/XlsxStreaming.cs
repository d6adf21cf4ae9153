using System.Globalization;
using System.IO.Compression;
using System.Xml;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Data.Readers;

/// <summary>The limits a tidy workbook must keep within; far above any real indicator workbook.</summary>
internal static class XlsxLimits
{
    /// <summary>Total size of the unpacked workbook.</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;
    /// <summary>Characters of XML read from the worksheet or the shared strings.</summary>
    public const long MaxXmlChars = 256L * 1024 * 1024;
    /// <summary>Cells read from the first worksheet.</summary>
    public const int MaxCells = 5_000_000;
    /// <summary>Excel's own last column (XFD) and row.</summary>
    public const int MaxColumns = 16_384;
    public const int MaxRows = 1_048_576;
    /// <summary>Entries in the zip file.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Why the workbook is too large to open, from the sizes its zip directory declares; null when it is fine.</summary>
    public static string? Problem(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaxEntries)
            return $"The workbook holds {zip.Entries.Count:N0} files inside it; a data workbook has a few dozen at most.";
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > MaxUnpackedBytes)
                return $"The workbook would unpack to more than {MaxUnpackedBytes / (1024 * 1024):N0} MB ({entry.FullName} alone is {entry.Length / (1024 * 1024):N0} MB), far more than any data workbook; it may be a \"zip bomb\".";
        }
        return null;
    }
}

/// <summary>A workbook over one of the <see cref="XlsxLimits"/>, or with a cell outside the sheet.</summary>
internal sealed class XlsxLimitException(string code, string message, string fix, int? row = null) : Exception(message)
{
    public string Code { get; } = code;
    public string Fix { get; } = fix;
    public int? Row { get; } = row;
}

/// <summary>
/// Reads worksheet and shared-string XML as a stream, never as a document tree, counting characters and cells so a
/// hostile or broken workbook cannot use unbounded memory or time.
/// </summary>
internal static class XlsxStreaming
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static XmlReader Open(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = XlsxLimits.MaxXmlChars,
        IgnoreWhitespace = false,
        CloseInput = false,
    });

    /// <summary>The shared strings, in order.</summary>
    public static string[] SharedStrings(Stream stream)
    {
        using var _ = stream;
        var result = new List<string>();
        using var xml = Open(stream);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && xml.NamespaceURI == Main)
            {
                result.Add(TextOf(xml, "si"));
                if (result.Count > XlsxLimits.MaxCells) throw TooMany();
            }
        }
        return result.ToArray();
    }

    /// <summary>The non-blank rows of a worksheet.</summary>
    public static List<TableRow> Rows(Stream stream, string[] sharedStrings)
    {
        var rows = new List<TableRow>();
        using var xml = Open(stream);
        int previousRow = 0, cellCount = 0;
        List<string?>? cells = null;
        int rowNumber = 0, previousColumn = -1;
        void EndRow()
        {
            if (cells is not null && cells.Any(c => !string.IsNullOrWhiteSpace(c))) rows.Add(new TableRow(rowNumber, cells));
            cells = null;
        }
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "row") { EndRow(); continue; }
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main) continue;
            if (xml.LocalName == "row")
            {
                EndRow();
                rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : previousRow + 1;
                if (rowNumber < 1 || rowNumber > XlsxLimits.MaxRows)
                    throw new XlsxLimitException(DataDiagnosticCodes.FileUnreadable,
                        $"A row is numbered {xml.GetAttribute("r")}, outside a worksheet's rows 1 to {XlsxLimits.MaxRows:N0}; the file is damaged.",
                        "Open the workbook in Excel and save it again, or export the sheet as CSV.");
                previousRow = rowNumber;
                previousColumn = -1;
                cells = [];
                if (xml.IsEmptyElement) EndRow();
            }
            else if (xml.LocalName == "c" && cells is not null)
            {
                if (++cellCount > XlsxLimits.MaxCells) throw TooMany(rowNumber);
                var reference = xml.GetAttribute("r");
                int column = reference is null ? previousColumn + 1 : ColumnIndex(reference, rowNumber);
                previousColumn = column;
                var type = xml.GetAttribute("t");
                string? raw = null, inline = null;
                if (!xml.IsEmptyElement)
                {
                    int depth = xml.Depth;
                    while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
                    {
                        if (xml.NodeType != XmlNodeType.Element) continue;
                        if (xml.LocalName == "v") raw = xml.ReadElementContentAsString();
                        else if (xml.LocalName == "is") inline = TextOf(xml, "is");
                        if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) break;
                    }
                }
                while (cells.Count <= column) cells.Add(null);
                cells[column] = CellText(type, raw, inline, sharedStrings);
            }
        }
        EndRow();
        return rows;
    }

    // The text of an element's <t> descendants (a shared or inline string, possibly in rich-text runs).
    private static string TextOf(XmlReader xml, string element)
    {
        if (xml.IsEmptyElement) return "";
        var text = new System.Text.StringBuilder();
        int depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t" && !xml.IsEmptyElement)
            {
                text.Append(xml.ReadElementContentAsString());
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) break;
            }
            else if (xml.NodeType == XmlNodeType.Element && (xml.LocalName == "rPh") && !xml.IsEmptyElement)
                xml.Skip(); // phonetic guides are not part of the text
        }
        return text.ToString();
    }

    /// <summary>A cell's value as text: shared and inline strings resolved, numbers in invariant form as stored.</summary>
    private static string? CellText(string? type, string? raw, string? inline, string[] sharedStrings) => type switch
    {
        "s" => int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < sharedStrings.Length
            ? sharedStrings[i] : null,
        "inlineStr" => inline,
        "b" => raw == "1" ? "TRUE" : "FALSE",
        // Numbers, formula results (str), ISO dates (d) and errors (e, such as #N/A) are stored as their text.
        _ => raw,
    };

    /// <summary>The 0-based column of a reference such as "C7"; a reference beyond column XFD is an error.</summary>
    private static int ColumnIndex(string reference, int row)
    {
        long index = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (index > XlsxLimits.MaxColumns) break;
        }
        if (index < 1 || index > XlsxLimits.MaxColumns)
            throw new XlsxLimitException(DataDiagnosticCodes.FileUnreadable,
                $"The cell reference '{ErrorText.Quote(reference)}' is outside the worksheet (columns A to XFD); the file is damaged or was not written by a spreadsheet program.",
                "Open the workbook in Excel and save it again, or export the sheet as CSV.", row);
        return (int)index - 1;
    }

    private static XlsxLimitException TooMany(int? row = null) => new(DataDiagnosticCodes.TooLarge,
        $"The workbook holds more than {XlsxLimits.MaxCells:N0} cells, far more than any data workbook; reading stopped.",
        "Check this is the right file; split very large data into several workbooks or save it as CSV.", row);
}
