using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Readers;
using ReportGen.Data.Tests.TestSupport;

namespace ReportGen.Data.Tests.Readers;

public class TidyXlsxReaderTests
{
    /// <summary>
    /// Writes a one-sheet workbook. Strings go to the shared string table, except those starting with "inline:",
    /// which become inline strings; doubles become numeric cells; null leaves the cell out.
    /// Each row is placed at the row number given with it, so gaps can be tested.
    /// </summary>
    private static void WriteWorkbook(string path, params (int Row, object?[] Cells)[] rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var sharedPart = workbookPart.AddNewPart<SharedStringTablePart>();
        var shared = new List<string>();
        var sheetData = new SheetData();
        foreach (var (rowNumber, cells) in rows)
        {
            var row = new Row { RowIndex = (uint)rowNumber };
            for (int i = 0; i < cells.Length; i++)
            {
                var reference = $"{(char)('A' + i)}{rowNumber}";
                switch (cells[i])
                {
                    case null: break;
                    case double d:
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(d) });
                        break;
                    case string s when s.StartsWith("inline:", StringComparison.Ordinal):
                        row.Append(new Cell
                        {
                            CellReference = reference, DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(s["inline:".Length..])),
                        });
                        break;
                    case string s:
                        int index = shared.IndexOf(s);
                        if (index < 0) { shared.Add(s); index = shared.Count - 1; }
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) });
                        break;
                }
            }
            sheetData.Append(row);
        }
        sheetPart.Worksheet = new Worksheet(sheetData);
        sharedPart.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s))));
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "Data" }));
        workbookPart.Workbook.Save();
    }

    private static readonly object?[] Header =
        ["indicator_id", "area_code", "period", "count", "denominator", "value", "lower_95", "upper_95", "value_note"];

    [Fact]
    public void Reads_shared_strings_inline_strings_and_numbers_with_worksheet_row_numbers()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "local.xlsx");
        WriteWorkbook(path,
            (1, Header),
            (2, ["treatment_completion", "E10000003", "2022/23", 120.0, 800.0, 15.0, 12.7, 17.6, "inline:Adults"]),
            // Row 3 is empty; row 4 has a period typed as a number and blank cells left out.
            (4, ["treatment_completion", "E06000031", 2023.0, null, null, 0.1 + 0.2, null, null, null]));

        var bag = new DiagnosticBag();
        var values = new TidyXlsxReader(Fixtures.Indicators(), Fixtures.Areas()).Read(path, bag);

        Assert.Empty(bag.Items);
        Assert.Equal(2, values.Count);
        var first = values[0];
        Assert.Equal(("treatment_completion", "E10000003", "2022/23"), (first.IndicatorId, first.AreaCode, first.Period.Label));
        Assert.Equal((120.0, 800.0, 15.0, 12.7, 17.6), (first.Count, first.Denominator, first.Value, first.Lower95, first.Upper95));
        Assert.Equal("Adults", first.ValueNote);
        Assert.Equal(new SourceLocation(path, 2), first.Source);
        var second = values[1];
        Assert.Equal("2023", second.Period.Label);
        Assert.Equal(0.1 + 0.2, second.Value);   // full precision survives
        Assert.Null(second.Count);
        Assert.Equal(4, second.Source!.Line);
    }

    [Fact]
    public void Reports_problems_with_worksheet_row_and_column()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "bad.xlsx");
        WriteWorkbook(path,
            (1, Header),
            (2, ["treatment_completion", "E10000003", "2023", 10.0, 100.0, "ten", null, null, null]),
            (3, ["treatment_completion", "E10000003", 45017.0, 10.0, 100.0, 10.0, null, null, null]));

        var bag = new DiagnosticBag();
        var values = new TidyXlsxReader(Fixtures.Indicators(), Fixtures.Areas()).Read(path, bag);

        Assert.Empty(values);
        Fixtures.Single(bag, DataDiagnosticCodes.NotANumber, path, 2, "value");
        var period = Fixtures.Single(bag, DataDiagnosticCodes.BadPeriod, path, 3, "period");
        Assert.Contains("Text", period.Fix);   // a date serial: the hint about spreadsheet dates
    }

    [Fact]
    public void Reports_a_missing_column_from_the_header_row()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "nocode.xlsx");
        WriteWorkbook(path, (1, ["indicator_id", "period", "value"]), (2, ["treatment_completion", "2023", 1.0]));
        var bag = new DiagnosticBag();
        new TidyXlsxReader(Fixtures.Indicators(), Fixtures.Areas()).Read(path, bag);
        Fixtures.Single(bag, DataDiagnosticCodes.MissingColumn, path, 1, "area_code");
    }

    [Fact]
    public void Reports_a_file_that_is_not_a_workbook()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("renamed.xlsx", "indicator_id,area_code\n");
        var bag = new DiagnosticBag();
        var values = new TidyXlsxReader(Fixtures.Indicators(), Fixtures.Areas()).Read(path, bag);
        Assert.Empty(values);
        Fixtures.Single(bag, DataDiagnosticCodes.FileUnreadable, path, null, null);
    }
}
