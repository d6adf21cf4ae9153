using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>
/// No illustrative number passes as a fact: a report that prints one carries the notice on its cover and every page,
/// publish refuses it unless told, the pack says what is illustrative row by row, and a report built wholly from
/// published rows carries no notice. Run in process on the bundled data (Word only, no PDF, to stay quick).
/// </summary>
public sealed class IllustrativeDataTests
{
    private const string Notice = "Contains illustrative data: not for publication";

    private static string Repo(string folder) => Path.Combine(CliRunner.RepoRoot, folder);

    /// <summary>The cover's text (the body before the first section break) and the text of each section's footer.</summary>
    private static (string Cover, List<string?> Footers, int Sections) NoticePlaces(string docx)
    {
        using var word = WordprocessingDocument.Open(docx, false);
        var main = word.MainDocumentPart!;
        var body = main.Document!.Body!;
        // The title page's section ends with the paragraph that holds its section properties.
        var paragraphs = body.Elements<Word.Paragraph>().ToList();
        var end = paragraphs.FindIndex(p => p.Descendants<Word.SectionProperties>().Any());
        var cover = string.Concat(paragraphs.Take(end + 1).Select(p => p.InnerText));
        var sections = body.Descendants<Word.SectionProperties>().ToList();
        var footers = sections.Select(s => s.Elements<Word.FooterReference>().FirstOrDefault() is { Id.Value: { } id }
            ? ((FooterPart)main.GetPartById(id)).Footer!.InnerText : null).ToList();
        return (cover, footers, sections.Count);
    }

    [Fact]
    public void Publish_refuses_illustrative_data_then_with_allow_illustrative_writes_a_pack_that_declares_it()
    {
        using var temp = new TempFolder();
        var packs = Path.Combine(temp.Path, "packs");
        var reports = Path.Combine(temp.Path, "reports");

        var refused = InProcessCli.Run("publish", "--area", "north-northamptonshire", "--data", Repo("data"), "--out", packs, "--reports", reports, "--no-pdf");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Matches(@"North Northamptonshire: failed, not published: the report contains illustrative data: \d+ of its \d+ printed values are illustrative", refused.Error);
        Assert.Matches(@"in \d+ indicator\(s\): [a-z_]+ \(\d+\)", refused.Error);
        Assert.Contains("--allow-illustrative", refused.Error);
        Assert.False(Directory.Exists(Path.Combine(packs, "north-northamptonshire")), "no pack may be written for a refused area");

        var allowed = InProcessCli.Run("publish", "--area", "north-northamptonshire", "--allow-illustrative", "--data", Repo("data"), "--out", packs, "--reports", reports, "--no-pdf");
        Assert.True(allowed.ExitCode == 0, allowed.Error);
        var pack = Path.Combine(packs, "north-northamptonshire");
        using (var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(pack, "metadata.json"))))
        {
            var root = meta.RootElement;
            Assert.True(root.GetProperty("contains_illustrative_data").GetBoolean());
            Assert.StartsWith("CONTAINS ILLUSTRATIVE DATA", root.GetProperty("summary").GetString());
            Assert.Contains("not for publication", root.GetProperty("data_notice").GetString());
            Assert.NotEmpty(root.GetProperty("illustrative_indicators").EnumerateArray());
            Assert.Contains("CIPFA nearest neighbours", root.GetProperty("illustrative_comparator_groups").EnumerateArray().Select(e => e.GetString()));
        }

        // Every CSV has a provenance column, every row a provenance, and some rows are illustrative.
        var csvs = Directory.GetFiles(Path.Combine(pack, "data"), "*.csv");
        Assert.True(csvs.Length > 20, $"{csvs.Length} CSV files");
        var marks = new List<string>();
        foreach (var csv in csvs)
        {
            var lines = File.ReadAllLines(csv);
            Assert.True(lines[0].TrimStart('\uFEFF').EndsWith(",provenance"), Path.GetFileName(csv) + ": " + lines[0]);
            foreach (var line in lines.Skip(1))
            {
                var mark = line[(line.LastIndexOf(',') + 1)..];
                Assert.True(mark is "published" or "illustrative" or "none" or "report text", $"{Path.GetFileName(csv)}: '{mark}' in {line}");
                marks.Add(mark);
            }
        }
        Assert.Contains("illustrative", marks);
        Assert.Contains("published", marks);

        // The report itself: the notice on the cover and in the footer of every section.
        var docx = Directory.GetFiles(Path.Combine(reports, "north-northamptonshire"), "*.docx").Single();
        var (cover, footers, sections) = NoticePlaces(docx);
        Assert.Contains(Notice, cover);
        Assert.Equal(sections, footers.Count(f => f == Notice));
        // Source notes name illustrative values; captions name the illustrative comparator group.
        using (var word = WordprocessingDocument.Open(docx, false))
        {
            var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Word.Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Contains(paragraphs, p => Regex.IsMatch(p, @"Source: .*Illustrative values: \d+ of the \d+ data values behind this (figure|table) are illustrative, not published figures\."));
            Assert.Contains(paragraphs, p => p.Contains("Figure") && p.EndsWith("(illustrative comparator group)"));
        }

        // The manifest gives each printed value its provenance and source rows, and every chart and table its counts.
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "north-northamptonshire", "manifest.json")));
        var values = manifest.RootElement.GetProperty("values").EnumerateArray().Where(v => v.TryGetProperty("provenance", out _)).ToList();
        Assert.Contains(values, v => v.GetProperty("provenance").GetString() == "illustrative");
        Assert.All(values, v => Assert.Matches(@"^data/.+\.csv:\d+$", v.GetProperty("sources")[0].GetString()!));
        var totals = manifest.RootElement.GetProperty("provenance");
        Assert.True(totals.GetProperty("illustrative").GetInt32() > 0);
        Assert.Equal(Notice, totals.GetProperty("notice").GetString());
        Assert.NotEmpty(manifest.RootElement.GetProperty("blocks").EnumerateArray());
    }

    [Fact]
    public void A_report_built_wholly_from_published_rows_carries_no_notice_and_publishes_without_the_flag()
    {
        using var temp = new TempFolder();
        var data = CliRunner.CopyOf("data", Path.Combine(temp.Path, "data"));
        MarkEverythingPublished(data);
        var packs = Path.Combine(temp.Path, "packs");
        var reports = Path.Combine(temp.Path, "reports");

        var run = InProcessCli.Run("publish", "--area", "north-northamptonshire", "--data", data, "--out", packs, "--reports", reports, "--no-pdf");
        Assert.True(run.ExitCode == 0, run.Error);
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "north-northamptonshire", "manifest.json"))))
        {
            var totals = manifest.RootElement.GetProperty("provenance");
            Assert.Equal(0, totals.GetProperty("illustrative").GetInt32());
            Assert.True(totals.GetProperty("values").GetInt32() > 100);
            Assert.False(totals.TryGetProperty("notice", out _));
            Assert.DoesNotContain(manifest.RootElement.GetProperty("values").EnumerateArray(),
                v => v.TryGetProperty("provenance", out var p) && p.GetString() == "illustrative");
        }

        var docx = Directory.GetFiles(Path.Combine(reports, "north-northamptonshire"), "*.docx").Single();
        var (cover, footers, _) = NoticePlaces(docx);
        Assert.DoesNotContain("illustrative", cover, StringComparison.OrdinalIgnoreCase);
        Assert.All(footers, Assert.Null);
        using (var word = WordprocessingDocument.Open(docx, false))
            Assert.DoesNotContain("illustrative", word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.OrdinalIgnoreCase);

        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(packs, "north-northamptonshire", "metadata.json")));
        Assert.False(meta.RootElement.GetProperty("contains_illustrative_data").GetBoolean());
        var marks = Directory.GetFiles(Path.Combine(packs, "north-northamptonshire", "data"), "*.csv")
            .SelectMany(f => File.ReadAllLines(f).Skip(1)).Select(l => l[(l.LastIndexOf(',') + 1)..]).Distinct().ToList();
        Assert.DoesNotContain("illustrative", marks);
        Assert.Contains("published", marks);
    }

    [Fact]
    public void Validate_lists_what_is_still_illustrative_per_area_and_by_indicator()
    {
        var all = InProcessCli.Run("validate", "--data", Repo("data"), "--illustrative");
        Assert.Matches(@"Illustrative rows: \d+ of \d+ data rows are illustrative", all.Out);
        Assert.Matches(@"E06000061 North Northamptonshire: \d+ of \d+ rows illustrative", all.Out);

        var one = InProcessCli.Run("validate", "--data", Repo("data"), "--illustrative", "--area", "north-northamptonshire");
        Assert.Matches(@"North Northamptonshire \(E06000061\): \d+ of \d+ rows illustrative", one.Out);
        Assert.Matches(@"(?m)^  [a-z_0-9]+: \d+ of \d+ rows illustrative \(.+\) in [a-z-]+\.csv", one.Out);

        var unknown = InProcessCli.Run("validate", "--data", Repo("data"), "--illustrative", "--area", "Atlantis");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'Atlantis' is not an area code or name", unknown.Error);
    }

    /// <summary>Same numbers, every row and comparator group marked published.</summary>
    private static void MarkEverythingPublished(string data)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(data, "tidy"), "*.csv"))
        {
            var lines = File.ReadAllLines(file);
            var provenance = Array.IndexOf(lines[0].Split(','), "provenance");
            Assert.True(provenance >= 0, file);
            // The provenance column is last in every tidy file, or followed only by compared_to_england (a word, no commas).
            var columns = lines[0].Split(',');
            Assert.True(provenance == columns.Length - 1 || (provenance == columns.Length - 2 && columns[^1] == "compared_to_england"), file);
            File.WriteAllLines(file, lines.Take(1).Concat(lines.Skip(1).Select(l => Regex.Replace(l, @",illustrative(,[^,""]*)?$", ",published$1"))));
        }
        var fingertips = Path.Combine(data, "fingertips");
        if (Directory.Exists(fingertips))
            foreach (var file in Directory.GetFiles(fingertips, "*.csv", SearchOption.AllDirectories))
                File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), @"Illustrative value, not a published figure;? ?", ""));
        var comparators = Path.Combine(data, "comparators.yaml");
        // A group checked against a published list loses "(illustrative)" from its name and its 'illustrative: true' flag.
        var text = Regex.Replace(File.ReadAllText(comparators), @"\s*\(illustrative[^)]*\)", "");
        File.WriteAllText(comparators, Regex.Replace(text, @"(?m)^\s*illustrative:\s*true\s*\n", ""));
    }
}
