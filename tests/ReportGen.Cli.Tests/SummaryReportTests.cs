using System.Text.RegularExpressions;
using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>Issue 8: the public summary builds for every area and cites only figures and sections that exist in the full report.</summary>
[Collection(BundledAssessmentsCollection.Name)]
public sealed class SummaryReportTests(BundledAssessments full) : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-summary");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    [Fact]
    public void The_summary_builds_for_all_four_areas_and_every_cited_number_exists_in_the_full_report()
    {
        var result = InProcessCli.Run("build", "--report", "summary", "--out", _dir, "--format", "docx");
        Assert.True(result.ExitCode == 0, result.All);
        var summaries = Directory.GetFiles(_dir, "*.docx", SearchOption.AllDirectories);
        Assert.Equal(4, summaries.Length);
        foreach (var summary in summaries)
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(summary))!;
            var report = new DocxText(full.Files(".docx").Single(f => Path.GetFileName(Path.GetDirectoryName(f)) == folder));
            var figures = report.CaptionNumbers("Figure").ToHashSet();
            var tables = report.CaptionNumbers("Table").ToHashSet();
            var text = new DocxText(summary).Text;

            var citedFigures = Regex.Matches(text, @"Figure (\d+\.\d+[a-z]+)").Select(m => m.Groups[1].Value).Distinct().ToList();
            var citedTables = Regex.Matches(text, @"Table (\d+\.\d+[a-z]+)").Select(m => m.Groups[1].Value).Distinct().ToList();
            var citedSections = Regex.Matches(text, @"section (\d+(?:\.\d+)+)").Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.NotEmpty(citedFigures);
            Assert.NotEmpty(citedSections);
            Assert.All(citedFigures, n => Assert.Contains(n, figures));
            Assert.All(citedTables, n => Assert.Contains(n, tables));
            var headingNumbers = report.Paragraphs.Select(p => Regex.Match(p, @"^(\d+(?:\.\d+)+)\s")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
            Assert.All(citedSections, n => Assert.Contains(n, headingNumbers));
        }
    }
}
