namespace ReportGen.Statistics.Tests;

/// <summary>Percentiles (the cases of Fingertips' IndicatorStatsCalculatorTest) and the spine-chart summary.</summary>
public class EnglandRangeTests
{
    private static IEnumerable<double> Range(int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => (double)i);

    [Theory]
    [InlineData(50, 60, 52.5, 57.5)]
    [InlineData(1, 100, 25.75, 75.25)]
    [InlineData(1, 17, 5, 13)]
    public void Quartiles_match_fingertips(int from, int to, double p25, double p75)
    {
        var summary = EnglandRange.Summarise(Range(from, to).Reverse(), Polarity.HigherIsBetter);
        Assert.Equal(from, summary.Lowest);
        Assert.Equal(to, summary.Highest);
        Approx.Equal(p25, summary.Percentile25, "25th", 1e-12);
        Approx.Equal(p75, summary.Percentile75, "75th", 1e-12);
        Approx.Equal((from + to) / 2.0, summary.Median, "median", 1e-12);
        Assert.Equal(to - from + 1, summary.Count);
    }

    [Fact]
    public void Percentile_interpolates_between_order_statistics()
    {
        Approx.Equal(3.25, EnglandRange.Percentile(new double[] { 4, 1, 3, 2, 5 }, 0.5625), "percentile", 1e-12);
        Assert.Equal(1, EnglandRange.Percentile(new double[] { 4, 1, 3 }, 0));
        Assert.Equal(4, EnglandRange.Percentile(new double[] { 4, 1, 3 }, 1));
        Assert.Throws<ArgumentException>(() => EnglandRange.Percentile(new double[] { 1 }, 1.5));
    }

    [Fact]
    public void Fingertips_shows_percentiles_from_four_values()
    {
        Assert.False(EnglandRange.Summarise(new double[] { 4, 5, 6 }, Polarity.HigherIsBetter).HasFingertipsPercentiles);
        Assert.True(EnglandRange.Summarise(new double[] { 4, 5, 6, 6 }, Polarity.HigherIsBetter).HasFingertipsPercentiles);
    }

    [Fact]
    public void No_values_or_missing_values_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => EnglandRange.Summarise(Array.Empty<double>(), Polarity.HigherIsBetter));
        Assert.Throws<ArgumentException>(() => EnglandRange.Summarise(new[] { 1, double.NaN }, Polarity.HigherIsBetter));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 1, 17)]
    [InlineData(Polarity.HigherIsWorse, 17, 1)]
    [InlineData(Polarity.NoJudgement, 1, 17)]
    public void Worst_and_best_follow_polarity(Polarity polarity, double worst, double best)
    {
        var summary = EnglandRange.Summarise(Range(1, 17), polarity);
        Assert.Equal(worst, summary.Worst);
        Assert.Equal(best, summary.Best);
    }
}
