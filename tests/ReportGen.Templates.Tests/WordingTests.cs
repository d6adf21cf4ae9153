using ReportGen.Statistics;
using ReportGen.Templates.Wording;

namespace ReportGen.Templates.Tests;

public class WordingTests
{
    [Theory]
    [InlineData(ComparisonOutcome.Worse, 20.1, 14.5, "significantly higher than England (14.5 per 100,000)")]
    [InlineData(ComparisonOutcome.Better, 10.2, 14.5, "significantly lower than England (14.5 per 100,000)")]
    [InlineData(ComparisonOutcome.Higher, 20.1, 14.5, "significantly higher than England (14.5 per 100,000)")]
    [InlineData(ComparisonOutcome.Similar, 15.0, 14.5, "higher than England (14.5 per 100,000), but not significantly")]
    [InlineData(ComparisonOutcome.Similar, 14.0, 14.5, "lower than England (14.5 per 100,000), but not significantly")]
    public void Comparison_is_worded_from_the_statistical_result(ComparisonOutcome outcome, double value, double england, string expected)
    {
        Assert.Equal(expected, Phrases.Comparison(outcome, value, england, "England", NumberFormat.WithUnit(england, 1, "per 100,000")));
    }

    [Fact]
    public void Comparison_wording_follows_the_confidence_interval_not_the_raw_difference()
    {
        // Area value well above England, but England inside the area's interval: Similar, so "not significantly".
        var outcome = BenchmarkComparison.Compare(18.0, 13.9, 22.6, 14.5, Polarity.HigherIsWorse);
        Assert.Equal(ComparisonOutcome.Similar, outcome);
        Assert.EndsWith("but not significantly", Phrases.Comparison(outcome, 18.0, 14.5, "England", "14.5"));
        // Interval clear of England: significant.
        var significant = BenchmarkComparison.Compare(18.0, 15.1, 21.2, 14.5, Polarity.HigherIsWorse);
        Assert.StartsWith("significantly higher", Phrases.Comparison(significant, 18.0, 14.5, "England", "14.5"));
    }

    [Theory]
    [InlineData(0.25, "a quarter")]
    [InlineData(0.26, "just over a quarter")]
    [InlineData(0.36, "just over a third")]
    [InlineData(0.5, "half")]
    [InlineData(0.74, "just under three quarters")]
    [InlineData(0.1, "one in ten")]
    public void Proportions_in_words(double p, string expected) => Assert.Equal(expected, Phrases.ProportionInWords(p));

    [Theory]
    [InlineData(1, "1st")] [InlineData(2, "2nd")] [InlineData(3, "3rd")] [InlineData(4, "4th")]
    [InlineData(11, "11th")] [InlineData(12, "12th")] [InlineData(13, "13th")] [InlineData(21, "21st")] [InlineData(112, "112th")]
    public void Ordinals(int n, string expected) => Assert.Equal(expected, NumberFormat.Ordinal(n));

    [Theory]
    [InlineData(1234.56, 1, "", "1,234.6")]
    [InlineData(2.25, 1, "%", "2.3%")]
    [InlineData(10.449, 1, "per 100,000", "10.4 per 100,000")]
    [InlineData(-0.04, 1, "", "0.0")]
    [InlineData(150000, 0, "", "150,000")]
    public void Numbers_are_rounded_half_away_from_zero_with_separators(double v, int d, string unit, string expected) =>
        Assert.Equal(expected, NumberFormat.WithUnit(v, d, unit));

    [Fact]
    public void Signed_changes_carry_their_sign() 
    {
        Assert.Equal("+7", NumberFormat.Signed(7, 0));
        Assert.Equal("-3.2%", NumberFormat.Signed(-3.21, 1, "%"));
        Assert.Equal("0", NumberFormat.Signed(0.2, 0));
    }

    [Theory]
    [InlineData("Increasing and getting worse", "has increased significantly in recent periods, which is a deterioration")]
    [InlineData("No significant change", "has shown no significant change in recent periods")]
    [InlineData("Cannot be calculated", "has a recent trend that cannot be calculated")]
    public void Trend_phrases(string label, string expected) => Assert.Equal(expected, Phrases.TrendPhrase(label));
}
