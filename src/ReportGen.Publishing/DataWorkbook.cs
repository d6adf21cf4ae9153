using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGen.Publishing;

/// <summary>
/// Writes the data behind every figure and table as one XLSX workbook: a contents sheet, then a sheet per figure or
/// table with its title, source and notes above the data. Numbers are stored as numbers; text is neutralised so a
/// spreadsheet never runs it as a formula.
/// </summary>
public static class DataWorkbook
{
    public static void Write(string path, string title, IReadOnlyList<PublishedData> items)
    {
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            using (var doc = SpreadsheetDocument.Create(temp, SpreadsheetDocumentType.Workbook))
            {
                var wbPart = doc.AddWorkbookPart();
                wbPart.Workbook = new Workbook();
                var styles = wbPart.AddNewPart<WorkbookStylesPart>();
                styles.Stylesheet = Styles();
                var sheets = wbPart.Workbook.AppendChild(new Sheets());
                uint id = 1;
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

                var contents = new List<IReadOnlyList<string>> { new[] { title }, Array.Empty<string>(), new[] { "Sheet", "Title", "Source" } };
                contents.AddRange(items.Select(i => (IReadOnlyList<string>)new[] { SheetName(i.Label, names, reserve: false), i.Title, i.Source }));
                AddSheet(wbPart, sheets, id++, "Contents", contents, headerRow: 3);
                names.Clear();
                foreach (var item in items)
                {
                    var rows = new List<IReadOnlyList<string>> { new[] { $"{item.Label}. {item.Title}" } };
                    if (item.Source.Length > 0) rows.Add(new[] { "Source: " + item.Source });
                    rows.AddRange(item.Notes.Select(n => (IReadOnlyList<string>)new[] { n }));
                    rows.Add(Array.Empty<string>());
                    var header = rows.Count + 1;
                    rows.Add(item.PublishedColumns);
                    rows.AddRange(item.PublishedRows);
                    AddSheet(wbPart, sheets, id++, SheetName(item.Label, names, reserve: true), rows, header);
                }
                wbPart.Workbook.Save();
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique.</summary>
    private static string SheetName(string label, HashSet<string> used, bool reserve)
    {
        var clean = new string(label.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        if (clean.Length > 31) clean = clean[..31];
        var name = clean;
        for (int n = 2; used.Contains(name); n++) name = clean[..Math.Min(clean.Length, 27)] + " (" + n + ")";
        if (reserve) used.Add(name);
        return name;
    }

    private static void AddSheet(WorkbookPart wbPart, Sheets sheets, uint id, string name, IReadOnlyList<IReadOnlyList<string>> rows, int headerRow)
    {
        var part = wbPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (int r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (int c = 0; c < rows[r].Count; c++)
            {
                var text = rows[r][c];
                var reference = ColumnName(c) + (r + 1);
                Cell cell = r + 1 > headerRow && CellValue.AsNumber(text) is { } number
                    ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(number.ToString("R", System.Globalization.CultureInfo.InvariantCulture)) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(SpreadsheetSafety.Neutralise(text))) };
                if (r == 0 || r + 1 == headerRow) cell.StyleIndex = 1; // bold title and header
                row.Append(cell);
            }
            data.Append(row);
        }
        part.Worksheet = new Worksheet(data);
        sheets.Append(new Sheet { Id = wbPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
