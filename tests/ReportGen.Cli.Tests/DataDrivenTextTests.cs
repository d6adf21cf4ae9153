using System.Globalization;
using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Issue 5: no number in the narrative is typed by hand. Changing one value in the data changes the text, the chart
/// data and the tables together.
/// </summary>
public sealed class DataDrivenTextTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-datadriven");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    /// <summary>Sets the latest Cambridgeshire value of an indicator (and its limits around it) in a copy of data/.</summary>
    private static (string OldValue, string Period) Plant(string dataFolder, string indicator, string area, double value)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(dataFolder, "tidy"), "*.csv"))
        {
            var lines = File.ReadAllLines(file).ToList();
            var header = lines[0].Split(',');
            int Col(string name) => Array.FindIndex(header, h => h.Trim() == name);
            var rows = lines.Select((l, i) => (Line: l, Index: i)).Skip(1)
                .Where(r => { var c = r.Line.Split(','); return c[Col("indicator_id")] == indicator && c[Col("area_code")] == area
                    && (Col("category") < 0 || c[Col("category")].Length == 0) && (Col("sex") < 0 || c[Col("sex")] is "" or "Persons"); })
                .ToList();
            if (rows.Count == 0) continue;
            // The latest period sorts last when the file is in period order; pick the row with the largest period text.
            var latest = rows.OrderBy(r => r.Line.Split(',')[Col("period")], StringComparer.Ordinal).Last();
            var cells = latest.Line.Split(',');
            var old = cells[Col("value")];
            cells[Col("value")] = value.ToString(CultureInfo.InvariantCulture);
            if (Col("lower_95") >= 0 && cells[Col("lower_95")].Length > 0) cells[Col("lower_95")] = (value * 0.8).ToString(CultureInfo.InvariantCulture);
            if (Col("upper_95") >= 0 && cells[Col("upper_95")].Length > 0) cells[Col("upper_95")] = (value * 1.2).ToString(CultureInfo.InvariantCulture);
            foreach (var col in new[] { "lower_998", "upper_998" })
                if (Col(col) >= 0) cells[Col(col)] = "";
            lines[latest.Index] = string.Join(',', cells);
            File.WriteAllLines(file, lines);
            return (old, cells[Col("period")]);
        }
        throw new InvalidOperationException($"No tidy row for {indicator} in {area}.");
    }

    [Fact]
    public void A_changed_value_appears_in_the_text_the_chart_data_and_the_table()
    {
        var data = CliRunner.CopyOf("data", Path.Combine(_dir, "data"));
        Plant(data, "deaths_drug_misuse", "E10000003", 12.3456);
        // A formula planted in an indicator's name must reach the published CSV and XLSX as harmless text.
        var yaml = Path.Combine(data, "indicators.yaml");
        var lines = File.ReadAllLines(yaml).ToList();
        var at = lines.FindIndex(l => l.Trim() == "- id: deaths_drug_misuse");
        var nameLine = lines.FindIndex(at, l => l.TrimStart().StartsWith("name:"));
        lines[nameLine] = "  name: \"=HYPERLINK(\\\"http://example.invalid\\\") Deaths from drug misuse\"";
        File.WriteAllLines(yaml, lines);
        var packs = Path.Combine(_dir, "packs");
        var result = InProcessCli.Run("publish", "--area", "Cambridgeshire", "--allow-illustrative", "--data", data, "--out", packs, "--reports", Path.Combine(_dir, "reports"), "--no-pdf");
        Assert.True(result.ExitCode == 0, result.All);

        var docx = Directory.GetFiles(Path.Combine(_dir, "reports"), "*.docx", SearchOption.AllDirectories).Single();
        var text = new DocxText(docx);
        Assert.Contains(text.Paragraphs, p => p.Contains("12.3 per 100,000") && p.Contains("Cambridgeshire"));

        var csvs = Directory.GetFiles(Path.Combine(packs, "cambridgeshire", "data"), "*.csv");
        Assert.Contains(csvs, f => File.ReadAllText(f).Contains("12.3"));
        var tableCsvs = csvs.Where(f => Path.GetFileName(f).StartsWith("table-")).ToList();
        Assert.Contains(tableCsvs, f => File.ReadAllText(f).Contains("12.3"));

        var allCsv = string.Join("\n", csvs.Select(File.ReadAllText));
        Assert.Contains("'=HYPERLINK", allCsv);
        Assert.DoesNotMatch(@"(^|[,\n])""?=HYPERLINK", allCsv);
        var workbook = Directory.GetFiles(Path.Combine(packs, "cambridgeshire", "data"), "*.xlsx").Single();
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(workbook, false);
        var texts = xlsx.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>())
            .Select(c => c.InlineString?.InnerText ?? "").ToList();
        Assert.Contains(texts, t => t.StartsWith("'=HYPERLINK"));
        Assert.DoesNotContain(texts, t => t.StartsWith("=") || t.StartsWith("+") || t.StartsWith("@"));
    }
}
