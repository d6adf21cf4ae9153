using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Cli.Tests;

/// <summary>Issue 16: the level-4 breakdowns of the hand-made Cambridgeshire assessment, and its district pyramids.</summary>
[Collection(BundledAssessmentsCollection.Name)]
public sealed class Level4CoverageTests(BundledAssessments built)
{
    private DocxText Area(string folder) => new(built.Files(".docx").Single(f => Path.GetFileName(Path.GetDirectoryName(f)) == folder));

    /// <summary>The level-4 headings of an area's Word file as a reader sees them, without their numbers.</summary>
    private List<string> Level4(string folder)
    {
        using var doc = WordprocessingDocument.Open(built.Files(".docx").Single(f => Path.GetFileName(Path.GetDirectoryName(f)) == folder), false);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading4")
            .Select(p => Regex.Replace(string.Concat(p.Descendants<Run>().Where(r => r.RunProperties?.Vanish is null)
                .SelectMany(r => r.Elements<Text>().Select(t => t.Text))), @"^\d+(\.\d+)*\s+", "").Trim())
            .ToList();
    }

    private static string Normal(string s) => Regex.Replace(s.ToLowerInvariant().Replace("&", "and").Replace("–", "-"), @"\s+", " ").Trim();

    [Fact]
    public void Cambridgeshire_has_a_level_4_section_for_every_mapped_seed_level_4_heading()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "cambridgeshire-seed-level4-headings.txt"))
            .Where(l => !l.StartsWith('#') && l.Length > 0).Select(l => l.Split('\t')).ToList();
        Assert.Equal(45, lines.Count);
        var ours = Level4("cambridgeshire").Select(Normal).ToHashSet();
        var mapped = lines.Where(l => l[2] != "-").ToList();
        var missing = mapped.Where(l => !ours.Contains(Normal(l[2]))).Select(l => $"{l[1]} (as '{l[2]}')").ToList();
        Assert.True(missing.Count == 0, "seed level-4 headings without their section: " + string.Join("; ", missing));
        Assert.True(mapped.Count >= 45, $"{mapped.Count} of 45 seed level-4 headings have a section");
    }

    [Fact]
    public void Cambridgeshire_has_its_own_pyramid_and_one_per_district_and_Peterborough_only_its_own()
    {
        const string pyramid = "Resident population by five-year age band and sex";
        var cambs = Area("cambridgeshire").Captions.Where(c => c.Contains(pyramid)).ToList();
        Assert.Equal(6, cambs.Count);
        foreach (var district in new[] { "Cambridge compared", "East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire" })
            Assert.Contains(cambs, c => c.Contains(district));
        Assert.Single(Area("peterborough").Captions, c => c.Contains(pyramid));
    }

    [Fact]
    public void Breakdown_sections_that_only_Cambridgeshire_publishes_say_so_elsewhere_and_STARS_stays_in_Cambridgeshire()
    {
        var north = Area("north-northamptonshire");
        Assert.Contains(north.Paragraphs, p => p.Contains("youth offending service are not published for North Northamptonshire"));
        Assert.DoesNotContain(Level4("north-northamptonshire"), h => h.Contains("STARS"));
        // Illustrative rows stand in for the protected characteristics, and the source note says so.
        Assert.Contains(north.Paragraphs, p => p.StartsWith("Source: ") && p.Contains("National Drug Treatment Monitoring System (NDTMS)") && p.Contains("illustrative"));
        Assert.Contains(Level4("cambridgeshire"), h => h.Contains("STARS"));
    }
}
