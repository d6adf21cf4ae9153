using System.Text.RegularExpressions;

namespace ReportGen.Cli.Tests;

/// <summary>Issue 17: the two Northamptonshire reports are their own, not copies of each other.</summary>
[Collection(BundledAssessmentsCollection.Name)]
public sealed partial class AreaSpecificReportsTests(BundledAssessments full)
{
    /// <summary>The executive summary's prose sentences (table cells, headings, captions and source notes are not sentences), with area
    /// names and numbers masked so only the wording counts.</summary>
    private HashSet<string> ExecutiveSummarySentences(string folder)
    {
        var docx = full.Files(".docx").Single(f => Path.GetFileName(Path.GetDirectoryName(f)) == folder && !f.Contains("summary-"));
        var text = new DocxText(docx);
        var paragraphs = text.Paragraphs.ToList();
        var start = paragraphs.FindIndex(p => p.EndsWith("Executive Summary", StringComparison.Ordinal));
        var end = paragraphs.FindIndex(start + 1, p => Regex.IsMatch(p, @"^\d+\s+Introduction$"));
        Assert.True(start >= 0 && end > start, "executive summary not found in " + docx);
        return paragraphs.Select((p, i) => (p, i)).Where(x => x.i > start && x.i < end && text.IsProse[x.i]).Select(x => x.p)
            .SelectMany(p => SentenceEnd().Split(p))
            .Select(s => Number().Replace(s.Replace("North Northamptonshire", "AREA").Replace("West Northamptonshire", "AREA"), "N").Trim())
            .Where(s => s.Length > 20 && s[^1] is '.' or '?' or '!' or ':').ToHashSet();
    }

    [Fact]
    public void The_Northamptonshire_executive_summaries_share_fewer_than_a_third_of_their_sentences()
    {
        var north = ExecutiveSummarySentences("north-northamptonshire");
        var west = ExecutiveSummarySentences("west-northamptonshire");
        var shared = north.Intersect(west).Count();
        Assert.True(shared * 3 < north.Count && shared * 3 < west.Count,
            $"shared {shared} of {north.Count} (north) and {west.Count} (west) sentences:\n" + string.Join("\n", north.Intersect(west)));
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\d[\d.,]*")]
    private static partial Regex Number();
}
