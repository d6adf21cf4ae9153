namespace ReportGen.Statistics.Tests;

/// <summary>Cases of proportions, rates and counts beyond the published vectors: z values, edge counts and validation.</summary>
public class EstimateTests
{
    [Fact]
    public void Z_values_are_exact_normal_quantiles_not_rounded()
    {
        Approx.Equal(1.959963984540054, ConfidenceLevel.Z95, "z 95", 1e-14);
        Approx.Equal(3.090232306167813, ConfidenceLevel.Z998, "z 99.8", 1e-14);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(95)]
    public void A_confidence_level_outside_zero_to_one_is_rejected(double confidence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevel.Z(confidence));
    }

    [Fact]
    public void A_rate_with_no_events_has_lower_limit_zero_and_an_exact_upper_limit()
    {
        var rate = CrudeRates.Rate(0, 1000, 100000);
        Assert.Equal(0, rate.Value);
        Assert.Equal(0, rate.Lower95);
        // The exact upper limit for 0 events is -ln(0.025) = 3.6888794541139363 events.
        Approx.Equal(3.6888794541139363 / 1000 * 100000, rate.Upper95, "upper 95");
        Assert.Equal(EstimateMethod.Exact, rate.Method);
    }

    [Fact]
    public void A_rate_switches_from_exact_to_byars_at_10_events()
    {
        Assert.Equal(EstimateMethod.Exact, CrudeRates.Rate(9.99, 1000).Method);
        var ten = CrudeRates.Rate(10, 1000);
        Assert.Equal(EstimateMethod.Byars, ten.Method);
        // Byar's 99.8% limits for 10 events, from the published B_W sheet, scaled to a rate per 100,000 of 1,000.
        Approx.Equal(2.916318374695686 * 100, ten.Lower998, "lower 99.8");
        Approx.Equal(24.193724927880535 * 100, ten.Upper998, "upper 99.8");
    }

    [Fact]
    public void A_plain_count_gets_poisson_limits_without_a_denominator()
    {
        var small = Counts.Poisson(5);
        Assert.Equal(5, small.Value);
        Assert.Equal(EstimateMethod.Exact, small.Method);
        // Rate vector R2 (5 events per 100 people, per 100,000) scaled back to a count.
        Approx.Equal(1623.4863901184199 / 1000, small.Lower95, "lower 95");
        Approx.Equal(16454.745203680104 / 1000, small.Upper998, "upper 99.8");

        var large = Counts.Poisson(65);
        Assert.Equal(EstimateMethod.Byars, large.Method);
        Approx.Equal(50.163187710459454, large.Lower95, "lower 95");
        Approx.Equal(94.000290844318016, large.Upper998, "upper 99.8");
    }

    [Fact]
    public void A_missing_count_gives_an_empty_estimate_with_a_note()
    {
        var count = Counts.Poisson(null);
        Assert.Null(count.Value);
        Assert.Null(count.Upper95);
        Assert.NotNull(count.Note);
    }

    [Fact]
    public void A_proportion_with_count_above_denominator_is_rejected_clearly()
    {
        var error = Assert.Throws<ArgumentException>(() => Proportions.Wilson(11, 10, 100));
        Assert.Contains("must not be greater than the denominator", error.Message);
        Assert.Equal("count", error.ParamName);
    }

    [Fact]
    public void A_proportion_with_negative_count_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Proportions.Wilson(-1, 10));
        Assert.Contains("zero or more", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_proportion_without_a_positive_denominator_is_rejected(double denominator)
    {
        var error = Assert.Throws<ArgumentException>(() => Proportions.Wilson(0, denominator));
        Assert.Equal("denominator", error.ParamName);
    }

    [Fact]
    public void A_rate_without_a_positive_denominator_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => CrudeRates.Rate(5, 0));
    }

    [Fact]
    public void A_proportion_of_all_or_nothing_stays_within_zero_and_one()
    {
        var none = Proportions.Wilson(0, 50);
        Assert.Equal(0, none.Lower95!.Value, 12);
        Assert.True(none.Upper95 is > 0 and < 1);
        var all = Proportions.Wilson(50, 50);
        Assert.Equal(1, all.Upper95!.Value, 12);
        Assert.True(all.Lower95 is > 0 and < 1);
    }
}
