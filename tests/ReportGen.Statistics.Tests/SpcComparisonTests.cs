namespace ReportGen.Statistics.Tests;

/// <summary>Fingertips comparator methods 5 (SPC for proportions) and 6 (SPC for DSRs), with the vectors from its own tests.</summary>
public class SpcComparisonTests
{
    [Theory]
    // Comparator 8.9611086876279327%: the same result at both levels.
    [InlineData(8.9611086876279327, 7.7065767284991562, 5930, ComparisonOutcome.Better, ComparisonOutcome.Better)]
    [InlineData(8.9611086876279327, 9.8988121425428961, 2273, ComparisonOutcome.Similar, ComparisonOutcome.Similar)]
    [InlineData(8.9611086876279327, 12.474645030425965, 1972, ComparisonOutcome.Worse, ComparisonOutcome.Worse)]
    // Comparator 12.8379546895717%: significant at 95% only.
    [InlineData(12.8379546895717, 10.9783420463032, 1339, ComparisonOutcome.Better, ComparisonOutcome.Similar)]
    [InlineData(12.8379546895717, 15.9065628476085, 899, ComparisonOutcome.Worse, ComparisonOutcome.Similar)]
    public void Proportions_match_the_fingertips_test(
        double benchmark, double value, double denominator, ComparisonOutcome at95, ComparisonOutcome at998)
    {
        Assert.Equal(at95, SpcComparison.CompareProportion(value, denominator, benchmark, 100, Polarity.HigherIsWorse));
        Assert.Equal(at998, SpcComparison.CompareProportion(value, denominator, benchmark, 100, Polarity.HigherIsWorse, 0.998));
    }

    [Fact]
    public void Proportion_limits_are_wilson_limits_around_the_benchmark()
    {
        // With the benchmark equal to 65/100 the limits are the Wilson limits of 65 out of 100 (vector W2), in percent.
        var limits = SpcComparison.ProportionLimits(65, 100, 100, 0.95);
        Approx.Equal(55.25444329688797, limits.Lower, "lower");
        Approx.Equal(73.635751756902465, limits.Upper, "upper");
    }

    [Fact]
    public void Proportions_without_a_denominator_are_not_compared()
    {
        Assert.Equal(ComparisonOutcome.NotCompared, SpcComparison.CompareProportion(10, 0, 10, 100, Polarity.HigherIsWorse));
        Assert.Equal(ComparisonOutcome.NotCompared, SpcComparison.CompareProportion(10, -1, 10, 100, Polarity.HigherIsWorse));
        Assert.Equal(ComparisonOutcome.NotCompared, SpcComparison.CompareProportion(10, null, 10, 100, Polarity.HigherIsWorse));
    }

    [Theory]
    [InlineData(1.1358436559886544, 616282, ComparisonOutcome.Better, ComparisonOutcome.Similar)]
    [InlineData(2.657913272289925, 601976, ComparisonOutcome.Similar, ComparisonOutcome.Similar)]
    [InlineData(4.1515156695295845, 409489, ComparisonOutcome.Worse, ComparisonOutcome.Similar)]
    public void Dsrs_match_the_fingertips_test(double value, double population, ComparisonOutcome at95, ComparisonOutcome at998)
    {
        const double benchmark = 2.132708657734625;
        Assert.Equal(at95, SpcComparison.CompareDsr(value, population, benchmark, 100000, Polarity.HigherIsWorse));
        Assert.Equal(at998, SpcComparison.CompareDsr(value, population, benchmark, 100000, Polarity.HigherIsWorse, 0.998));
    }

    [Fact]
    public void Dsr_limits_match_the_recomputed_fingertips_limits()
    {
        // Reference notes: 95% limits for the Cambridgeshire case are 1.2420 to 3.6072 per 100,000.
        var limits = SpcComparison.DsrLimits(2.132708657734625, 616282, 100000, 0.95);
        Approx.Equal(1.2420, limits.Lower, "lower", 1e-4);
        Approx.Equal(3.6072, limits.Upper, "upper", 1e-4);
    }

    [Fact]
    public void Dsr_limits_for_a_whole_expected_count_are_the_exact_poisson_limits()
    {
        // Expected count 5: the exact limits of vector R2 (5 events per 100 people, per 100,000).
        var limits = SpcComparison.DsrLimits(5000, 100, 100000, 0.95);
        Approx.Equal(1623.4863901184199, limits.Lower, "lower");
        Approx.Equal(11668.332079322669, limits.Upper, "upper");
    }

    [Fact]
    public void No_judgement_reads_higher_and_lower()
    {
        Assert.Equal(ComparisonOutcome.Lower,
            SpcComparison.CompareDsr(1.1358436559886544, 616282, 2.132708657734625, 100000, Polarity.NoJudgement));
        Assert.Equal(ComparisonOutcome.Higher,
            SpcComparison.CompareProportion(12.474645030425965, 1972, 8.9611086876279327, 100, Polarity.NoJudgement));
        Assert.Equal(ComparisonOutcome.Worse,
            SpcComparison.CompareProportion(7.7065767284991562, 5930, 8.9611086876279327, 100, Polarity.HigherIsBetter));
    }
}
