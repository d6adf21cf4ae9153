using System.Text.RegularExpressions;

namespace ReportGen.Cli.Tests;

/// <summary>Issue 5 acceptance: the full assessment for every bundled area, from one template.</summary>
[Collection(BundledAssessmentsCollection.Name)]
public sealed class FullAssessmentTests(BundledAssessments built)
{
    private DocxText Area(string folder) => new(built.Files(".docx").Single(f => Path.GetFileName(Path.GetDirectoryName(f)) == folder));

    // The seed writes one heading "Background; Legal Context": a semicolon there reads as "and".
    private static string Normal(string s) => Regex.Replace(s.ToLowerInvariant().Replace("&", "and").Replace("; ", " and ").Replace("–", "-"), @"\s+", " ").Trim();

    [Fact]
    public void All_four_areas_are_built()
    {
        Assert.True(built.Build.ExitCode == 0, built.Build.All);
        var folders = built.Files(".docx").Select(f => Path.GetFileName(Path.GetDirectoryName(f))).ToList();
        Assert.Equal(["cambridgeshire", "north-northamptonshire", "peterborough", "west-northamptonshire"], folders.Order().ToList());
    }

    [Fact]
    public void Cambridgeshire_carries_the_seed_headings_figures_tables_insights_and_mapping()
    {
        var doc = Area("cambridgeshire");
        var seed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "cambridgeshire-seed-headings.txt"))
            .Where(l => !l.StartsWith('#') && l.Length > 0).Select(l => Normal(l.Split('\t')[1])).ToList();
        var ours = doc.Headings.Select(h => Normal(h.Text)).ToHashSet();
        var missing = seed.Where(s => !ours.Contains(s)).ToList();
        Assert.True(missing.Count <= seed.Count / 10, $"{missing.Count} of {seed.Count} seed headings missing: {string.Join("; ", missing)}");

        Assert.True(doc.CaptionNumbers("Figure").Count >= 45, $"{doc.CaptionNumbers("Figure").Count} figures");
        Assert.True(doc.CaptionNumbers("Table").Count >= 20, $"{doc.CaptionNumbers("Table").Count} tables");
        Assert.Equal(8, doc.Headings.Count(h => h.Text.EndsWith("Key Insights and Priorities")));
        Assert.Contains(doc.Captions, c => c.Contains("Recommendations mapped", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Peterborough_has_no_district_sections_and_reads_correctly()
    {
        var doc = Area("peterborough");
        Assert.DoesNotContain(doc.Headings, h => h.Text.Contains("District", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(doc.Captions, c => c.Contains("district", StringComparison.OrdinalIgnoreCase));
        // Its own model: each local section closes with "Recommendations", never Key Insights and Priorities.
        Assert.Equal(8, doc.Headings.Count(h => h.Level == 3 && h.Text == "Recommendations"));
        Assert.DoesNotContain(doc.Headings, h => h.Text.EndsWith("Key Insights and Priorities"));
    }

    [Fact]
    public void No_template_syntax_or_unresolved_reference_leaks_and_numbers_run_without_gaps()
    {
        foreach (var file in built.Files(".docx"))
        {
            var doc = new DocxText(file);
            var name = Path.GetFileName(file);
            foreach (var leak in new[] { "{{", "}}", "{%", "%}", "[missing reference", "```", ":::" })
                Assert.False(doc.Text.Contains(leak), $"{name} contains '{leak}'");
            foreach (var kind in new[] { "Figure", "Table" })
            {
                var numbers = doc.CaptionNumbers(kind);
                Assert.Equal(numbers.Count, numbers.Distinct().Count());
                foreach (var section in numbers.GroupBy(n => Regex.Match(n, @"^[0-9.]+").Value))
                {
                    var letters = section.Select(n => n[section.Key.Length..]).ToList();
                    var expected = Enumerable.Range(1, letters.Count).Select(ReportGen.Documents.DocumentNumbering.Letters).ToList();
                    Assert.True(expected.SequenceEqual(letters), $"{name}: {kind} numbers in {section.Key} run {string.Join(",", letters)}");
                }
            }
        }
    }

    [Fact]
    public void Priorities_run_straight_through_and_every_see_also_names_an_existing_priority()
    {
        foreach (var file in built.Files(".docx"))
        {
            var doc = new DocxText(file);
            // Peterborough names its section actions "Recommendation N" and lists them twice (Executive Summary and section).
            var label = Path.GetFileName(file).StartsWith("peterborough", StringComparison.Ordinal) ? "Recommendation" : "Priority";
            var declared = doc.Paragraphs.Select(p => Regex.Match(p, $@"^{label} (\d+):")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
            Assert.NotEmpty(declared);
            Assert.Equal(Enumerable.Range(1, declared.Count), declared);
            var cited = Regex.Matches(doc.Text, $@"(?<!Qualitative ){label} (\d+)").Select(m => int.Parse(m.Groups[1].Value)).Distinct();
            Assert.All(cited, n => Assert.InRange(n, 1, declared.Count));
        }
    }
}
