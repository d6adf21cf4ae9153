using ReportGen.Publishing;

namespace ReportGen.Publishing.Tests;

public class ChangeReportTests
{
    // Like the real ledger: each value is recorded once per field the text used (the value, and its comparison wording).
    private static BuildManifest Manifest(params ManifestValue[] values) => new()
    {
        AreaCode = "E10000003", AreaName = "Cambridgeshire", GeneratedAt = DateTimeOffset.UnixEpoch,
        Values = values.SelectMany(v => new[] { v, v with { Field = "vs_england", Text = v.Comparison == "Similar" ? "similar to England" : "significantly higher than England" } }).ToList(),
        Sentences = values.Select((v, i) => new ManifestSentence($"sec #{i}",
            $"The rate was {v.Text}, {(v.Comparison == "Similar" ? "similar to England" : "significantly higher than England")}.")).ToList(),
    };

    private static ManifestValue V(string indicator, double value, string comparison, string period = "2021-23", string? text = null) =>
        new(indicator, "E10000003", period, "value", text ?? $"{value} per 100,000", value, value - 1, value + 1, comparison, "chapters/05.md");

    [Fact]
    public void One_changed_value_is_reported_with_old_and_new_values_and_nothing_else()
    {
        var old = Manifest(V("deaths_drug_misuse", 5.5, "Worse"), V("alcohol_specific_mortality", 10.4, "Better"));
        var now = Manifest(V("deaths_drug_misuse", 5.5, "Worse"), V("alcohol_specific_mortality", 12.0, "Better"));
        var report = ChangeReport.Compare(old, now);
        var change = Assert.Single(report.Changes);
        Assert.Equal(ChangeKind.ValueChanged, change.Kind);
        Assert.Equal("alcohol_specific_mortality", change.Indicator);
        Assert.Contains("10.4", change.Old);
        Assert.Contains("12", change.New);
    }

    [Fact]
    public void A_female_only_value_is_matched_with_the_female_value_not_the_persons_value()
    {
        // The report prints the persons rate and the female rate; neither changed between builds.
        var persons = V("deaths_drug_misuse", 5.5, "Worse");
        var female = V("deaths_drug_misuse", 2.1, "Similar") with { Breakdown = "Female|All ages||" };
        var old = Manifest(persons, female);
        var now = Manifest(persons, female);
        Assert.True(ChangeReport.Compare(old, now).IsEmpty);
        // Only the female value changes: the change names the breakdown, and the persons value is not reported.
        var report = ChangeReport.Compare(old, Manifest(persons, female with { Value = 3.0, Text = "3 per 100,000" }));
        var change = Assert.Single(report.Changes, c => c.Kind == ChangeKind.ValueChanged);
        Assert.Contains("2.1", change.Old);
        Assert.Contains("(Female)", change.Detail);
        Assert.DoesNotContain(report.Changes, c => c.Kind == ChangeKind.ComparisonChanged);
    }

    [Fact]
    public void A_comparison_flip_is_reported_as_well_as_the_value()
    {
        var report = ChangeReport.Compare(Manifest(V("x", 10, "Similar")), Manifest(V("x", 20, "Worse")));
        Assert.Contains(report.Changes, c => c.Kind == ChangeKind.ComparisonChanged && c.Old == "Similar" && c.New == "Worse");
        Assert.Contains(report.Changes, c => c.Kind == ChangeKind.ValueChanged);
        Assert.DoesNotContain(report.Changes, c => c.Kind == ChangeKind.WordingChanged);
    }

    [Fact]
    public void New_periods_appearing_and_disappearing_indicators_and_other_wording_are_reported()
    {
        var old = Manifest(V("a", 1, "Similar", "2020-22"), V("gone", 2, "Similar"));
        var now = Manifest(V("a", 1, "Similar", "2021-23"), V("new", 3, "Similar")) with
        {
            Sentences = [new ManifestSentence("sec #0", "Entirely different words.")],
        };
        var kinds = ChangeReport.Compare(old, now).Changes.Select(c => c.Kind).ToList();
        Assert.Contains(ChangeKind.NewPeriod, kinds);
        Assert.Contains(ChangeKind.IndicatorAppeared, kinds);
        Assert.Contains(ChangeKind.IndicatorDisappeared, kinds);
        Assert.Contains(ChangeKind.WordingChanged, kinds);
    }

    [Fact]
    public void Identical_builds_have_no_changes_and_csv_cells_are_neutralised()
    {
        var m = Manifest(V("x", 1, "Similar"));
        Assert.True(ChangeReport.Compare(m, m).IsEmpty);
        var csv = ChangeReport.Compare(Manifest(V("=cmd()", 1, "Similar")), Manifest(V("=cmd()", 2, "Similar"))).ToCsv();
        Assert.Contains("'=cmd()", csv);
        Assert.DoesNotContain(",=cmd()", csv);
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+44 1223", "'+44 1223")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("Cambridgeshire", "Cambridgeshire")]
    public void Spreadsheet_formulas_are_neutralised_but_numbers_stay_numbers(string input, string expected) =>
        Assert.Equal(expected, SpreadsheetSafety.Neutralise(input));
}
