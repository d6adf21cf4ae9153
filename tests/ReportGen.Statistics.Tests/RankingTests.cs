namespace ReportGen.Statistics.Tests;

/// <summary>Ranks among comparators and the spine-chart range summary.</summary>
public class RankingTests
{
    private static readonly double[] Values = { 5, 9, 7, 7, 3, 11 };

    [Theory]
    [InlineData(11, Polarity.HigherIsBetter, 1)]
    [InlineData(9, Polarity.HigherIsBetter, 2)]
    [InlineData(7, Polarity.HigherIsBetter, 3)]
    [InlineData(5, Polarity.HigherIsBetter, 5)]
    [InlineData(3, Polarity.HigherIsBetter, 6)]
    [InlineData(3, Polarity.HigherIsWorse, 1)]
    [InlineData(7, Polarity.HigherIsWorse, 3)]
    [InlineData(9, Polarity.HigherIsWorse, 5)]
    [InlineData(11, Polarity.NoJudgement, 1)]
    [InlineData(3, Polarity.NoJudgement, 6)]
    public void Rank_is_polarity_aware_and_ties_share_a_rank(double value, Polarity polarity, int rank)
    {
        var result = Ranking.Rank(value, Values, polarity);
        Assert.Equal(rank, result.Rank);
        Assert.Equal(6, result.Of);
    }

    [Fact]
    public void Both_tied_areas_get_the_same_rank_and_the_next_is_skipped()
    {
        Assert.Equal(new RankResult(3, 6), Ranking.Rank(7, Values, Polarity.HigherIsBetter));
        Assert.Equal(new RankResult(5, 6), Ranking.Rank(5, Values, Polarity.HigherIsBetter));
    }

    [Fact]
    public void A_value_missing_from_the_list_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Ranking.Rank(8, Values, Polarity.HigherIsBetter));
        Assert.Contains("include the area's own value", error.Message);
    }

    [Fact]
    public void A_missing_value_passed_as_nan_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Ranking.Rank(5, new[] { 5, double.NaN }, Polarity.HigherIsBetter));
    }
}
