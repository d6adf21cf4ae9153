using ReportGen.Publishing;
using ReportGen.Publishing.Refresh;

namespace ReportGen.Publishing.Tests;

/// <summary>Issue 12: the change report of a refresh names indicators and flags flips of judgement words.</summary>
public sealed class RefreshReportTests
{
    private static BuildManifest Manifest(string text, double value) => new()
    {
        AreaCode = "E1", AreaName = "Shire",
        Values = [new ManifestValue("deaths_drug_misuse", "E1", "2021-23", "value", text, value, null, null, "Better", "ch.md")],
    };

    [Theory]
    [InlineData("lower than England, lower than the region", "lower than England, higher than the region", "lower, lower -> lower, higher")]
    [InlineData("similar to England", "worse than England", "similar -> worse")]
    [InlineData("the rate is increasing", "the rate is increasing at 4.4", "")]
    public void Flips_of_judgement_words_are_flagged(string before, string after, string flip) =>
        Assert.Equal(flip, RefreshReport.Flip(before, after));

    [Fact]
    public void An_updated_sentence_names_the_indicator_with_old_and_new_text()
    {
        var report = RefreshReport.Create("Shire", "draft.docx", "draft (refreshed).docx",
            [new RefreshedElement("sec #2", RefreshAction.Updated, "The rate was 3.5 per 100,000.", "The rate was 4.4 per 100,000.")],
            Manifest("3.5 per 100,000", 3.5), Manifest("4.4 per 100,000", 4.4));
        var change = Assert.Single(report.Changes);
        Assert.Equal("deaths_drug_misuse", change.Indicators);
        var csv = report.ToCsv();
        Assert.Contains("Updated,sec #2,deaths_drug_misuse,,\"The rate was 3.5 per 100,000.\",\"The rate was 4.4 per 100,000.\",", csv);
        Assert.Contains("deaths_drug_misuse", report.ToMarkdown());
    }
}
