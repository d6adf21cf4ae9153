using System.Text.RegularExpressions;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Issue 17: Peterborough follows its own assessment's model of actions (numbered Recommendations closing each local
/// section, gathered in the Executive Summary, plus the qualitative consultation's recommendations), and each
/// recommendation's timescale is stored once and printed in both the full and the summary report.
/// </summary>
[Collection(BundledAssessmentsCollection.Name)]
public sealed class AreaSpecificRecommendationModelTests(BundledAssessments full) : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-recmodel");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    private DocxText Full(string folder) =>
        new(full.Files(".docx").Single(f => Path.GetFileName(Path.GetDirectoryName(f)) == folder && !f.Contains("summary-")));

    [Fact]
    public void Peterborough_closes_each_section_with_recommendations_that_the_executive_summary_repeats_word_for_word()
    {
        var doc = Full("peterborough");
        Assert.DoesNotContain(doc.Headings, h => h.Text.Contains("Key Insights", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(doc.Headings, h => h.Text.EndsWith("Recommendations from the Data Analysis"));
        Assert.Contains(doc.Headings, h => h.Text.EndsWith("Recommendations from the Qualitative Consultation"));

        // Every data recommendation is printed twice, in the Executive Summary and in its section, with the same text.
        var items = doc.Paragraphs.Select(p => Regex.Match(p, @"^Recommendation (\d+): (.+)$")).Where(m => m.Success)
            .GroupBy(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(1, 25), items.Select(g => g.Key));
        Assert.All(items, g =>
        {
            Assert.Equal(2, g.Count());
            Assert.Single(g.Select(m => m.Groups[2].Value).Distinct());
        });

        // The consultation's eight recommendations, each with its timescale and its links to the data recommendations.
        // (each title appears as its heading and again in the appendix table that maps it)
        var qualitative = doc.Paragraphs.Where(p => Regex.IsMatch(p, @"^Qualitative recommendation \d+: ")).Distinct().ToList();
        Assert.Equal(8, qualitative.Count);
        Assert.Equal(8, doc.Paragraphs.Count(p => p.StartsWith("Timescale: ", StringComparison.Ordinal)));
        Assert.Equal(8, doc.Paragraphs.Count(p => p.StartsWith("Linked recommendations: Recommendation ", StringComparison.Ordinal)));
        Assert.Contains(doc.Captions, c => c.Contains("Qualitative recommendations mapped", StringComparison.Ordinal));
    }

    [Fact]
    public void Timescales_live_in_area_yaml_once_and_read_the_same_in_the_full_and_the_summary_report()
    {
        var result = CliRunner.Run("build", "--report", "summary", "--area", "cambridgeshire", "--area", "peterborough", "--out", _dir, "--format", "docx");
        Assert.True(result.ExitCode == 0, result.All);
        foreach (var folder in new[] { "cambridgeshire", "peterborough" })
        {
            var yaml = File.ReadAllLines(Path.Combine(CliRunner.RepoRoot, "templates", "dana", "areas", folder, "area.yaml"));
            var stored = yaml.Where(l => Regex.IsMatch(l, @"^\s+timescale:\s*(short|medium|long)\s*$")).ToList();
            Assert.NotEmpty(stored);
            static List<string> Timescales(DocxText d) => d.Paragraphs.Where(p => p.StartsWith("Timescale: ", StringComparison.Ordinal)).ToList();
            var inFull = Timescales(Full(folder));
            var summary = new DocxText(Directory.GetFiles(Path.Combine(_dir, folder), "*summary*.docx").Single());
            var inSummary = Timescales(summary);
            Assert.Equal(stored.Count, inFull.Count);
            Assert.Equal(inFull, inSummary);
            Assert.Contains(summary.Paragraphs, p => p.Contains("short term (within six months)", StringComparison.Ordinal));
        }
    }
}
