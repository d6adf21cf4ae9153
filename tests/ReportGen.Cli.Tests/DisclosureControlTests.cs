using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Issue 7: with the default threshold (5) no count below 5 appears in any output. Small counts are planted in every
/// count of one area; the Word text and tables, the pack's CSV files and the XLSX workbook are then scanned.
/// </summary>
public sealed partial class DisclosureControlTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-sdc");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    private static IEnumerable<string> Blocks(string data) => File.ReadAllText(Path.Combine(data, "indicators.yaml")).Split("\n- id:").Skip(1);

    private static string IdOf(string block) => block.Split('\n')[0].Trim();

    /// <summary>Modelled estimates are published with no disclosure threshold (disclosure_threshold: 0); they are not counts of people.</summary>
    private static HashSet<string> Unprotected(string data) =>
        Blocks(data).Where(b => Regex.IsMatch(b, @"\n\s*disclosure_threshold:\s*0\b")).Select(IdOf).ToHashSet();

    private static HashSet<string> CountIndicators(string data) =>
        Blocks(data).Where(b => Regex.IsMatch(b, @"\n\s*measure:\s*count\b")).Select(IdOf).ToHashSet();

    private static void PlantSmallCounts(string data, string areaCode)
    {
        var counts = CountIndicators(data);
        var unprotected = Unprotected(data);
        foreach (var file in Directory.GetFiles(Path.Combine(data, "tidy"), "*.csv"))
        {
            var lines = File.ReadAllLines(file);
            var header = lines[0].Split(',');
            int Col(string n) => Array.IndexOf(header, n);
            for (int i = 1; i < lines.Length; i++)
            {
                var c = lines[i].Split(',');
                if (c.Length != header.Length || c[Col("area_code")] != areaCode || unprotected.Contains(c[Col("indicator_id")])) continue;
                if (counts.Contains(c[Col("indicator_id")]))
                {
                    c[Col("value")] = "4";
                    foreach (var col in new[] { "count", "lower_95", "upper_95", "lower_998", "upper_998", "denominator" })
                        if (Col(col) >= 0) c[Col(col)] = col == "count" ? "4" : "";
                }
                else if (Col("count") >= 0 && c[Col("count")].Length > 0 && Col("denominator") >= 0)
                {
                    c[Col("count")] = "3";
                }
                lines[i] = string.Join(',', c);
            }
            File.WriteAllLines(file, lines);
        }
    }

    [GeneratedRegex(@"^\(?[1-4]\)?$|\(\s*[1-4]\s*\)")]
    private static partial Regex SmallCountCell();

    [Fact]
    public void No_count_below_five_appears_in_the_document_the_csv_files_or_the_workbook()
    {
        var data = CliRunner.CopyOf("data", Path.Combine(_dir, "data"));
        PlantSmallCounts(data, "E06000031");
        var packs = Path.Combine(_dir, "packs");
        var result = InProcessCli.Run("publish", "--area", "Peterborough", "--allow-illustrative", "--data", data, "--out", packs, "--reports", Path.Combine(_dir, "reports"), "--no-pdf");
        Assert.True(result.ExitCode == 0, result.All);

        var docx = Directory.GetFiles(Path.Combine(_dir, "reports"), "*.docx", SearchOption.AllDirectories).Single();
        using (var doc = WordprocessingDocument.Open(docx, false))
        {
            var cells = doc.MainDocumentPart!.Document!.Body!.Descendants<Word.TableCell>().Select(c => c.InnerText.Trim()).ToList();
            var leaks = cells.Where(c => SmallCountCell().IsMatch(c)).ToList();
            Assert.True(leaks.Count == 0, "table cells: " + string.Join(" | ", leaks.Take(10)));
            var text = string.Join("\n", doc.MainDocumentPart.Document.Body.Descendants<Word.Paragraph>().Select(p => p.InnerText));
            Assert.Contains("fewer than 5", text);
            Assert.DoesNotMatch(@"\b[1-4] (people|adults|deaths|children|young people|service users)\b", text);
        }

        // Counts sit in columns about numbers of people or events; a rate or percentage of 3.0 is not a count.
        var csvLeaks = new List<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(packs, "peterborough", "data"), "*.csv"))
        {
            var rows = File.ReadAllLines(f).Select(l => Regex.Split(l, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").Select(c => c.Trim('"', '\uFEFF')).ToList()).ToList();
            csvLeaks.AddRange(Leaks(rows[0], rows.Skip(1)).Select(c => Path.GetFileName(f) + ": " + c));
        }
        Assert.True(csvLeaks.Count == 0, "csv: " + string.Join(" | ", csvLeaks.Take(10)));

        var workbook = Directory.GetFiles(Path.Combine(packs, "peterborough", "data"), "*.xlsx").Single();
        using var xlsx = SpreadsheetDocument.Open(workbook, false);
        var xlsxLeaks = new List<string>();
        foreach (var sheet in xlsx.WorkbookPart!.WorksheetParts.Skip(1))
        {
            var rows = sheet.Worksheet!.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
            var header = rows.FindIndex(r => r.Count > 1);
            if (header >= 0) xlsxLeaks.AddRange(Leaks(rows[header], rows.Skip(header + 1)));
        }
        Assert.True(xlsxLeaks.Count == 0, "xlsx: " + string.Join(" | ", xlsxLeaks.Take(10)));
    }

    /// <summary>Small counts: "(3)" anywhere, or a cell of 1 to 4 in a column that counts people or events.</summary>
    private static IEnumerable<string> Leaks(IReadOnlyList<string> header, IEnumerable<List<string>> rows)
    {
        foreach (var row in rows)
            for (int i = 0; i < row.Count; i++)
            {
                var column = i < header.Count ? header[i] : "";
                if (Regex.IsMatch(row[i], @"\(\s*[1-4]\s*\)")
                    || (Regex.IsMatch(row[i], "^[1-4]$") && Regex.IsMatch(column, "number|count|people|deaths|admissions|referrals|users|kits|adults|children", RegexOptions.IgnoreCase)))
                    yield return $"{column}={row[i]}";
            }
    }
}
