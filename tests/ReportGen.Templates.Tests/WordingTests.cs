using ReportGen.Data.Model;
using ReportGen.Statistics;
using ReportGen.Templates.Wording;

namespace ReportGen.Templates.Tests;

public class WordingTests
{
    private static IndicatorDefinition Indicator(EvidenceBasis basis = EvidenceBasis.Measured, Polarity polarity = Polarity.HigherIsWorse) => new()
    {
        Id = "x", Name = "X", Measure = MeasureType.DirectlyStandardisedRate, Unit = "per 100,000", Polarity = polarity, Decimals = 1,
        Source = "test", Basis = basis,
    };

    private static IndicatorValue Value(double v, double? lower = null, double? upper = null, ComparisonOutcome? published = null) => new()
    {
        IndicatorId = "x", AreaCode = "E1", Period = Period.Parse("2023"), Value = v, Lower95 = lower, Upper95 = upper,
        PublishedComparisonWithEngland = published,
    };

    [Theory]
    [InlineData(ComparisonOutcome.Worse, 20.1, 14.5, "significantly higher than England (14.5 per 100,000)")]
    [InlineData(ComparisonOutcome.Better, 10.2, 14.5, "significantly lower than England (14.5 per 100,000)")]
    [InlineData(ComparisonOutcome.Higher, 20.1, 14.5, "significantly higher than England (14.5 per 100,000)")]
    [InlineData(ComparisonOutcome.Similar, 15.0, 14.5, "similar to England (14.5 per 100,000)")]
    [InlineData(ComparisonOutcome.Similar, 14.0, 14.5, "similar to England (14.5 per 100,000)")]
    [InlineData(ComparisonOutcome.NotCompared, 43.3, 42.9, "compared with 14.5 per 100,000 in England (the data allow no test of whether the difference is significant)")]
    public void Comparison_is_worded_from_the_statistical_result(ComparisonOutcome outcome, double value, double england, string expected)
    {
        Assert.Equal(expected, WordingRules.Comparison(Indicator(), outcome, value, england, "England", "14.5 per 100,000"));
    }

    [Fact]
    public void Without_a_test_no_direction_word_is_used()
    {
        // 43.3% against 42.9% with no confidence interval: neither "higher" nor "lower".
        var outcome = WordingRules.Outcome(Indicator(), Value(43.3), 42.9, benchmarkIsEngland: true);
        Assert.Equal(ComparisonOutcome.NotCompared, outcome);
        var brief = WordingRules.Comparison(Indicator(), outcome, 43.3, 42.9, "England", "42.9%", brief: true);
        Assert.Equal("compared with 42.9% in England", brief);
        Assert.DoesNotContain("higher", brief);
        Assert.Equal("Not tested", WordingRules.ShortLabel(Indicator(), outcome, 43.3, 42.9));
    }

    [Fact]
    public void The_published_comparison_wins_over_the_raw_difference()
    {
        // Binge drinking 17.7% against England's 15.4%, no interval, published as "Similar".
        var outcome = WordingRules.Outcome(Indicator(), Value(17.7, published: ComparisonOutcome.Similar), 15.4, benchmarkIsEngland: true);
        Assert.Equal(ComparisonOutcome.Similar, outcome);
        Assert.Equal("similar to England (15.4%)", WordingRules.Comparison(Indicator(), outcome, 17.7, 15.4, "England", "15.4%"));
        // The published comparison is with England only: against the region the interval test applies (none here).
        Assert.Equal(ComparisonOutcome.NotCompared, WordingRules.Outcome(Indicator(), Value(17.7, published: ComparisonOutcome.Similar), 15.0, benchmarkIsEngland: false));
    }

    [Fact]
    public void Comparison_wording_follows_the_confidence_interval_not_the_raw_difference()
    {
        var outcome = WordingRules.Outcome(Indicator(), Value(18.0, 13.9, 22.6), 14.5, benchmarkIsEngland: true);
        Assert.Equal(ComparisonOutcome.Similar, outcome);
        Assert.StartsWith("similar to", WordingRules.Comparison(Indicator(), outcome, 18.0, 14.5, "England", "14.5"));
        var significant = WordingRules.Outcome(Indicator(), Value(18.0, 15.1, 21.2), 14.5, benchmarkIsEngland: true);
        Assert.StartsWith("significantly higher", WordingRules.Comparison(Indicator(), significant, 18.0, 14.5, "England", "14.5"));
    }

    [Fact]
    public void Modelled_estimates_and_complete_counts_carry_no_significance_language()
    {
        var modelled = Indicator(EvidenceBasis.Modelled);
        var outcome = WordingRules.Outcome(modelled, Value(18.0, 15.1, 21.2), 14.5, benchmarkIsEngland: true);
        Assert.Equal(ComparisonOutcome.Higher, outcome); // no "Worse" judgement on a modelled estimate
        Assert.Equal("higher than England (14.5)", WordingRules.Comparison(modelled, outcome, 18.0, 14.5, "England", "14.5"));
        Assert.Equal("", WordingRules.Judgement(modelled, ComparisonOutcome.Worse));
        Assert.Equal("has fallen in recent estimates", WordingRules.Trend(modelled, "Decreasing and getting better"));
        Assert.Equal("has changed little in recent estimates", WordingRules.Trend(modelled, "No significant change"));

        var complete = Indicator(EvidenceBasis.CompleteCount);
        Assert.Equal(ComparisonOutcome.NotCompared, WordingRules.Outcome(complete, Value(18.0, 15.1, 21.2), 14.5, true));
        Assert.Equal("higher than England (14.5)", WordingRules.Comparison(complete, ComparisonOutcome.NotCompared, 18.0, 14.5, "England", "14.5"));
        Assert.Equal("Higher", WordingRules.ShortLabel(complete, ComparisonOutcome.NotCompared, 18.0, 14.5));
        Assert.False(WordingRules.ShowsInterval(complete));
        Assert.True(WordingRules.ShowsInterval(modelled));
        Assert.DoesNotContain("significant", WordingRules.Trend(complete, "Increasing and getting worse"));
    }

    [Theory]
    [InlineData(100, 113.6, "an increase of 13.6%")]
    [InlineData(200, 191.6, "a fall of 4.2%")]
    [InlineData(50, 50, "no change")]
    public void Changes_in_words(double first, double last, string expected) => Assert.Equal(expected, WordingRules.ChangeInWords(first, last));

    [Theory]
    [InlineData(13.75, 1000, "about 14 in every 1,000")]
    [InlineData(0.45, 1000, "about 5 in every 10,000")]
    [InlineData(26.2, 100, "about 26 in every 100")]
    [InlineData(3, 1000, "3 in every 1,000")]
    public void Rates_in_words(double value, double per, string expected) => Assert.Equal(expected, WordingRules.RateInWords(value, per));

    private static IndicatorValue Band(string age, double v, double? lo = null, double? hi = null, string sex = "Persons") => new()
    {
        IndicatorId = "x", AreaCode = "E1", Period = Period.Parse("2023"), Age = age, Sex = sex, Value = v, Lower95 = lo, Upper95 = hi,
    };

    [Fact]
    public void Age_patterns_come_from_the_values()
    {
        // Both areas in the seed peak at 25-34: "concentrated in older age groups" would be false.
        var bands = DataPatterns.AgeBands([Band("35-64 yrs", 6.8), Band("15-24 yrs", 2.4), Band("25-34 yrs", 7.9), Band("15-64 yrs", 6.0)], "15-64 yrs");
        Assert.Equal(["15-24 yrs", "25-34 yrs", "35-64 yrs"], bands.Select(b => b.Age));
        Assert.Equal("25-34 yrs", DataPatterns.PeakAge(bands));
        Assert.Equal("mixed", DataPatterns.AgeGradient(bands, 1));
        var falling = DataPatterns.AgeBands([Band("18-24 yrs", 90), Band("25-34 yrs", 85), Band("55+ yrs", 70)], "18+ yrs");
        Assert.Equal("falling", DataPatterns.AgeGradient(falling, 1));
    }

    [Fact]
    public void Sex_difference_needs_intervals_that_do_not_overlap()
    {
        Assert.Equal("men_higher", DataPatterns.SexDifference(Band("x", 10, 9, 11, "Male"), Band("x", 5, 4, 6, "Female"), 1));
        Assert.Equal("similar", DataPatterns.SexDifference(Band("x", 10, 8, 12, "Male"), Band("x", 9, 7, 11, "Female"), 1));
        Assert.Equal("untested", DataPatterns.SexDifference(Band("x", 10, sex: "Male"), Band("x", 5, sex: "Female"), 1));
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
