using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Publishing;

namespace ReportGen.Publishing.Tests;

public sealed class PublicationPackTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rg-pack-" + Guid.NewGuid().ToString("N"));

    public void Dispose() { if (Directory.Exists(_dir)) Directory.Delete(_dir, true); }

    private static readonly PublishedData Planted = new("Table 5.5a", "=HYPERLINK(\"http://x\") deaths", "ONS", ["@note"],
        ["Indicator", "2021-23", "Count"],
        [["=1+1 planted indicator", "5.5", "1,234"], ["Deaths from drug misuse", "-3.2", "<5"]]);

    [Fact]
    public void A_pack_holds_the_documents_one_csv_per_item_a_workbook_and_metadata()
    {
        Directory.CreateDirectory(_dir);
        var docx = Path.Combine(_dir, "report.docx"); File.WriteAllText(docx, "d");
        var pdf = Path.Combine(_dir, "report.pdf"); File.WriteAllText(pdf, "p");
        var figure = new PublishedData("Figure 5.2a", "Trend", "OHID", [], ["Period", "Value"], [["2021-23", "10.4"]]);
        var files = PublicationPack.Write(Path.Combine(_dir, "pack"), new PublicationMetadata
        {
            Title = "Cambridgeshire DANA", Summary = "s", PublicationDate = "2025-07-01", Areas = ["Cambridgeshire"],
        }, docx, pdf, [figure, Planted]);
        var names = files.Select(f => Path.GetRelativePath(Path.Combine(_dir, "pack"), f).Replace('\\', '/')).ToList();
        Assert.Contains("report.docx", names);
        Assert.Contains("report.pdf", names);
        Assert.Contains("data/figure-5-2a.csv", names);
        Assert.Contains("data/table-5-5a.csv", names);
        Assert.Contains(names, n => n.EndsWith(".xlsx"));
        Assert.Contains("metadata.json", names);
        var meta = File.ReadAllText(Path.Combine(_dir, "pack", "metadata.json"));
        Assert.Contains("Open Government Licence", meta);
        Assert.Contains("\"sha256\"", meta);
    }

    [Fact]
    public void Text_starting_with_a_formula_character_is_neutralised_in_csv_and_xlsx_and_numbers_stay_numbers()
    {
        var csv = PublicationPack.ToCsv(Planted);
        Assert.Contains("'=1+1 planted indicator", csv);
        Assert.DoesNotContain("\n=1+1", csv);
        Assert.Contains(",1234", csv); // separators removed: a number
        Assert.Contains(",-3.2,", csv); // a negative number is not neutralised

        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "data.xlsx");
        DataWorkbook.Write(path, "Data", [Planted]);
        using var xlsx = SpreadsheetDocument.Open(path, false);
        var sheet = xlsx.WorkbookPart!.WorksheetParts.Last().Worksheet!;
        var cells = sheet.Descendants<Cell>().ToList();
        var texts = cells.Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text).ToList();
        Assert.Contains("'=1+1 planted indicator", texts);
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        Assert.Contains(cells, c => c.DataType?.Value == CellValues.Number && c.CellValue?.Text == "1234");
        Assert.Contains(cells, c => c.InlineString?.InnerText == "<5");
        Assert.All(texts.Where(t => t is not null), t => Assert.False(t!.StartsWith('=') || t.StartsWith('@'), t));
    }
}
