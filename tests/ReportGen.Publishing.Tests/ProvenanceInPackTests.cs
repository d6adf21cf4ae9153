using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Publishing;

namespace ReportGen.Publishing.Tests;

public sealed class ProvenanceInPackTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rg-prov-" + Guid.NewGuid().ToString("N"));

    public void Dispose() { if (Directory.Exists(_dir)) Directory.Delete(_dir, true); }

    private static readonly PublishedData Figure = new("Figure 1", "Trend", "OHID", [], ["Period", "Value"],
        [["2021-23", "10.4"], ["2022-24", "11.0"], ["2023-25", "-"]])
    { RowProvenance = ["published", "illustrative", "none"] };

    private static readonly PublishedData HandWritten = new("Table 2", "Services", "Council", [], ["Service", "Places"], [["Inpatient", "12"]]);

    [Fact]
    public void Every_csv_ends_with_a_provenance_column_marking_each_row()
    {
        var lines = PublicationPack.ToCsv(Figure).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Period,Value,provenance", lines[0]);
        // (a lone "-" is neutralised like any text starting with a formula character)
        Assert.Equal(["2021-23,10.4,published", "2022-24,11,illustrative", "2023-25,'-,none"], lines.Skip(1));

        var hand = PublicationPack.ToCsv(HandWritten).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Service,Places,provenance", hand[0]);
        Assert.Equal("Inpatient,12,report text", hand[1]);
    }

    [Fact]
    public void The_workbook_has_the_provenance_column_too()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "data.xlsx");
        DataWorkbook.Write(path, "Data", [Figure]);
        using var xlsx = SpreadsheetDocument.Open(path, false);
        var texts = xlsx.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet!.Descendants<Cell>())
            .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text).ToList();
        Assert.Contains("provenance", texts);
        Assert.Contains("illustrative", texts);
        Assert.Contains("published", texts);
    }

    [Fact]
    public void Metadata_declares_illustrative_data_and_which_indicators()
    {
        Directory.CreateDirectory(_dir);
        var docx = Path.Combine(_dir, "report.docx"); File.WriteAllText(docx, "d");
        PublicationPack.Write(Path.Combine(_dir, "pack"), new PublicationMetadata
        {
            Title = "T", Summary = "s", PublicationDate = "2025-07-01", Areas = ["A"],
            ContainsIllustrativeData = true, DataNotice = "This pack contains illustrative data.",
            IllustrativeIndicators = [new IllustrativeIndicator("deaths_drug_misuse", "Deaths from drug misuse", 7)],
        }, docx, null, [Figure]);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "pack", "metadata.json")));
        var root = json.RootElement;
        Assert.True(root.GetProperty("contains_illustrative_data").GetBoolean());
        Assert.Contains("illustrative", root.GetProperty("data_notice").GetString());
        var indicator = Assert.Single(root.GetProperty("illustrative_indicators").EnumerateArray());
        Assert.Equal("deaths_drug_misuse", indicator.GetProperty("indicator").GetString());
        Assert.Equal(7, indicator.GetProperty("illustrative_values").GetInt32());
    }
}
