namespace ReportGen.Statistics.Tests;

/// <summary>Fingertips comparator methods 1 (95%) and 17 (95% and 99.8%), under each polarity.</summary>
public class BenchmarkComparisonTests
{
    // An area whose 95% interval is 10 to 14.
    private const double Value = 12, Lower = 10, Upper = 14;

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 8, ComparisonOutcome.Better)]
    [InlineData(Polarity.HigherIsBetter, 16, ComparisonOutcome.Worse)]
    [InlineData(Polarity.HigherIsWorse, 8, ComparisonOutcome.Worse)]
    [InlineData(Polarity.HigherIsWorse, 16, ComparisonOutcome.Better)]
    [InlineData(Polarity.NoJudgement, 8, ComparisonOutcome.Higher)]
    [InlineData(Polarity.NoJudgement, 16, ComparisonOutcome.Lower)]
    [InlineData(Polarity.HigherIsBetter, 12, ComparisonOutcome.Similar)]
    [InlineData(Polarity.HigherIsWorse, 11, ComparisonOutcome.Similar)]
    [InlineData(Polarity.NoJudgement, 13.5, ComparisonOutcome.Similar)]
    public void Method_1_reads_the_side_through_polarity(Polarity polarity, double benchmark, ComparisonOutcome expected)
    {
        Assert.Equal(expected, BenchmarkComparison.Compare(Value, Lower, Upper, benchmark, polarity));
    }

    [Theory]
    [InlineData(Lower)]
    [InlineData(Upper)]
    public void A_benchmark_on_a_limit_counts_as_inside(double benchmark)
    {
        Assert.Equal(ComparisonOutcome.Similar, BenchmarkComparison.Compare(Value, Lower, Upper, benchmark, Polarity.HigherIsBetter));
    }

    [Fact]
    public void Just_outside_a_limit_is_significant()
    {
        Assert.Equal(ComparisonOutcome.Worse,
            BenchmarkComparison.Compare(Value, Lower, Upper, Math.BitIncrement(Upper), Polarity.HigherIsBetter));
    }

    [Fact]
    public void Missing_value_limit_or_benchmark_is_not_compared()
    {
        Assert.Equal(ComparisonOutcome.NotCompared, BenchmarkComparison.Compare(null, Lower, Upper, 8, Polarity.HigherIsBetter));
        Assert.Equal(ComparisonOutcome.NotCompared, BenchmarkComparison.Compare(Value, null, Upper, 8, Polarity.HigherIsBetter));
        Assert.Equal(ComparisonOutcome.NotCompared, BenchmarkComparison.Compare(Value, Lower, null, 8, Polarity.HigherIsBetter));
        Assert.Equal(ComparisonOutcome.NotCompared, BenchmarkComparison.Compare(Value, Lower, Upper, null, Polarity.HigherIsBetter));
        Assert.Equal(ComparisonOutcome.NotCompared, BenchmarkComparison.Compare(Value, Lower, Upper, double.NaN, Polarity.HigherIsBetter));
    }

    [Fact]
    public void An_estimate_can_be_compared_directly()
    {
        // Rate vector R4: 222 events in 3,215 people is 6,905 per 100,000 (95% 6,027 to 7,876).
        var area = CrudeRates.Rate(222, 3215);
        Assert.Equal(ComparisonOutcome.Worse, BenchmarkComparison.Compare(area, 5000, Polarity.HigherIsWorse));
        Assert.Equal(ComparisonOutcome.Similar, BenchmarkComparison.Compare(area, 7000, Polarity.HigherIsWorse));
        Assert.Equal(ComparisonOutcome.NotCompared, BenchmarkComparison.Compare(DirectlyStandardisedRates.Dobson(
            Enumerable.Repeat<double?>(0, 19).ToList(), Enumerable.Repeat(100.0, 19).ToList()), 5000, Polarity.HigherIsWorse));
    }

    // Fingertips' own test for method 17: limits 2.3 (99.8) 2.5 (95) value 2.6, 2.7 (95) 2.9 (99.8).
    [Theory]
    [InlineData(3.0, Polarity.HigherIsWorse, ComparisonOutcome.Best)]
    [InlineData(3.0, Polarity.HigherIsBetter, ComparisonOutcome.Worst)]
    [InlineData(2.8, Polarity.HigherIsWorse, ComparisonOutcome.Better)]
    [InlineData(2.8, Polarity.HigherIsBetter, ComparisonOutcome.Worse)]
    [InlineData(2.6, Polarity.HigherIsWorse, ComparisonOutcome.Similar)]
    [InlineData(2.6, Polarity.HigherIsBetter, ComparisonOutcome.Similar)]
    [InlineData(2.4, Polarity.HigherIsWorse, ComparisonOutcome.Worse)]
    [InlineData(2.4, Polarity.HigherIsBetter, ComparisonOutcome.Better)]
    [InlineData(2.2, Polarity.HigherIsWorse, ComparisonOutcome.Worst)]
    [InlineData(2.2, Polarity.HigherIsBetter, ComparisonOutcome.Best)]
    [InlineData(3.0, Polarity.NoJudgement, ComparisonOutcome.Lowest)]
    [InlineData(2.8, Polarity.NoJudgement, ComparisonOutcome.Lower)]
    [InlineData(2.4, Polarity.NoJudgement, ComparisonOutcome.Higher)]
    [InlineData(2.2, Polarity.NoJudgement, ComparisonOutcome.Highest)]
    public void Method_17_matches_the_fingertips_test(double benchmark, Polarity polarity, ComparisonOutcome expected)
    {
        Assert.Equal(expected, BenchmarkComparison.CompareTwoLevels(2.6, 2.5, 2.7, 2.3, 2.9, benchmark, polarity));
    }

    [Fact]
    public void Method_17_needs_both_intervals()
    {
        Assert.Equal(ComparisonOutcome.NotCompared,
            BenchmarkComparison.CompareTwoLevels(2.6, 2.5, 2.7, null, 2.9, 3.0, Polarity.HigherIsWorse));
    }

    [Theory]
    [InlineData(ComparisonOutcome.Better, "Better")]
    [InlineData(ComparisonOutcome.Similar, "Similar")]
    [InlineData(ComparisonOutcome.Lower, "Lower")]
    [InlineData(ComparisonOutcome.Worst, "Worst")]
    [InlineData(ComparisonOutcome.NotCompared, "Not compared")]
    public void Outcome_labels_round_trip(ComparisonOutcome outcome, string label)
    {
        Assert.Equal(label, outcome.ToFingertipsLabel());
        Assert.Equal(outcome, ComparisonOutcomeExtensions.FromFingertipsLabel(label));
    }
}
