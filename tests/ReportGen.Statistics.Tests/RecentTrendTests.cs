namespace ReportGen.Statistics.Tests;

/// <summary>Fingertips recent trend, with the data sets of Fingertips' own TrendMarkerCalculatorTest.</summary>
public class RecentTrendTests
{
    // Set 1, 2014 to 2018: (count, denominator, value, lower 95, upper 95).
    private static readonly TrendPoint[] Set1 =
    {
        new(24.67, 23.16, 26.25, 994, 40299),
        new(24.6, 23.15, 26.19, 1023, 41527),
        new(28, 26.44, 29.64, 1199, 42811),
        new(30.2, 28.63, 31.9, 1332, 44064),
        new(30.6, 28.98, 32.25, 1367, 44701),
    };

    // Set 2, 2014 to 2018: no significant trend.
    private static readonly TrendPoint[] Set2 =
    {
        new(20.5506, 18.1803, 23.1427, 209, 1017),
        new(19.5952, 17.3444, 22.0602, 213, 1087),
        new(19.0349, 16.8421, 21.4394, 213, 1119),
        new(21.3966, 19.0918, 23.8975, 239, 1117),
        new(18.4372, 16.2925, 20.7941, 210, 1139),
    };

    [Fact]
    public void Set_1_by_weighted_least_squares_is_a_significant_increase()
    {
        var trend = RecentTrend.Calculate(Set1, MeasureType.CrudeRate, Polarity.NoJudgement);
        Assert.Equal(46.77, Math.Round(trend.ChiSquare, 2));
        Approx.Equal(46.7653158, trend.ChiSquare, "chi-square", 1e-7);
        Approx.Equal(1.75157, trend.Slope, "slope", 1e-5);
        Assert.True(trend.IsSignificant);
        Assert.Equal(TrendMarker.Increasing, trend.Marker);
        Assert.Equal("Increasing", trend.Label);
        Assert.Equal(5, trend.PointsUsed);
        Assert.Null(trend.Reason);
    }

    [Fact]
    public void Set_1_as_a_proportion_uses_the_chi_square_test_for_trend()
    {
        var trend = RecentTrend.Calculate(Set1, MeasureType.Proportion, Polarity.HigherIsWorse);
        Assert.Equal(47.90, Math.Round(trend.ChiSquare, 2));
        Approx.Equal(47.8966767, trend.ChiSquare, "chi-square", 1e-7);
        Assert.True(trend.IsSignificant);
        Assert.Equal(TrendMarker.Increasing, trend.Marker);
        Assert.Equal("Increasing and getting worse", trend.Label);
        Assert.True(trend.Slope > 0);
    }

    [Fact]
    public void The_method_can_be_chosen_directly()
    {
        Approx.Equal(47.8966767, RecentTrend.Calculate(Set1, proportion: true, Polarity.HigherIsWorse).ChiSquare, "proportions", 1e-7);
        Approx.Equal(46.7653158, RecentTrend.Calculate(Set1, proportion: false, Polarity.HigherIsWorse).ChiSquare, "least squares", 1e-7);
    }

    [Theory]
    [InlineData(MeasureType.CrudeRate)]
    [InlineData(MeasureType.Proportion)]
    [InlineData(MeasureType.DirectlyStandardisedRate)]
    public void Set_2_is_not_significant(MeasureType measure)
    {
        var trend = RecentTrend.Calculate(Set2, measure, Polarity.HigherIsBetter);
        Assert.False(trend.IsSignificant);
        Assert.Equal(TrendMarker.NoSignificantChange, trend.Marker);
        Assert.Equal("No significant change", trend.Label);
        Assert.True(trend.ChiSquare < RecentTrend.SignificanceThreshold);
    }

    [Fact]
    public void Set_2_chi_square_by_weighted_least_squares()
    {
        Assert.Equal(0.464, Math.Round(RecentTrend.Calculate(Set2, MeasureType.CrudeRate, Polarity.HigherIsBetter).ChiSquare, 3));
    }

    [Fact]
    public void A_count_equal_to_its_denominator_cannot_be_calculated()
    {
        // Fingertips' test: 5 of 5 in the first year, with zero-width intervals.
        TrendPoint[] points =
        {
            new(100, 0, 0, 5, 5), new(60, 0, 0, 3, 5), new(20, 0, 0, 1, 5), new(25, 0, 0, 1, 4), new(50, 0, 0, 2, 4),
        };
        var trend = RecentTrend.Calculate(points, MeasureType.Proportion, Polarity.HigherIsBetter);
        Assert.Equal(TrendMarker.CannotBeCalculated, trend.Marker);
        Assert.Equal("Cannot be calculated", trend.Label);
        Assert.Equal(0.0, trend.ChiSquare);
        Assert.False(trend.IsSignificant);
        Assert.Null(trend.Slope);
        Assert.Equal(0, trend.PointsUsed);
        Assert.NotNull(trend.Reason);
    }

    [Fact]
    public void Fewer_than_five_points_cannot_be_calculated()
    {
        var trend = RecentTrend.Calculate(Set1.Take(4).ToList(), MeasureType.CrudeRate, Polarity.HigherIsBetter);
        Assert.Equal(TrendMarker.CannotBeCalculated, trend.Marker);
        Assert.Equal("Cannot be calculated", trend.Label);
    }

    [Fact]
    public void A_missing_value_among_the_last_five_breaks_the_run()
    {
        var points = new List<TrendPoint>(Set1) { new(null, null, null, null, null) };
        points.AddRange(Set1.Skip(1));
        // Older points before the gap do not count: only four valid points follow it.
        var trend = RecentTrend.Calculate(points, MeasureType.CrudeRate, Polarity.HigherIsBetter);
        Assert.Equal(TrendMarker.CannotBeCalculated, trend.Marker);
    }

    [Fact]
    public void Only_the_latest_five_points_are_used()
    {
        // Ten points: five early ones with a steep fall, then set 1. The result is set 1's.
        var early = Enumerable.Range(0, 5).Select(i => new TrendPoint(90 - 10 * i, 88 - 10 * i, 92 - 10 * i, 100, 1000));
        var trend = RecentTrend.Calculate(early.Concat(Set1).ToList(), MeasureType.CrudeRate, Polarity.HigherIsBetter);
        Approx.Equal(46.7653158, trend.ChiSquare, "chi-square", 1e-7);
        Assert.Equal("Increasing and getting better", trend.Label);
    }

    [Fact]
    public void Weighted_least_squares_needs_the_intervals()
    {
        var points = Set1.Select(p => p with { Lower95 = null, Upper95 = null }).ToList();
        Assert.Equal(TrendMarker.CannotBeCalculated, RecentTrend.Calculate(points, MeasureType.CrudeRate, Polarity.HigherIsBetter).Marker);
        Assert.Equal(TrendMarker.Increasing, RecentTrend.Calculate(points, MeasureType.Proportion, Polarity.HigherIsBetter).Marker);
    }

    [Fact]
    public void A_significant_fall_is_decreasing_and_labelled_through_polarity()
    {
        var falling = Set1.Reverse().ToList();
        var better = RecentTrend.Calculate(falling, MeasureType.CrudeRate, Polarity.HigherIsWorse);
        Assert.Equal(TrendMarker.Decreasing, better.Marker);
        Assert.True(better.Slope < 0);
        Assert.Equal("Decreasing and getting better", better.Label);
        Assert.Equal("Decreasing and getting worse", RecentTrend.Calculate(falling, MeasureType.CrudeRate, Polarity.HigherIsBetter).Label);
        Assert.Equal("Decreasing", RecentTrend.Calculate(falling, MeasureType.CrudeRate, Polarity.NoJudgement).Label);
    }

    [Fact]
    public void A_large_chi_square_with_an_outlier_is_not_significant()
    {
        // Flat, then one jump in the final year with a very precise value: the chi-square is large,
        // but leaving the last point out gives a slope of the opposite sign.
        TrendPoint[] points =
        {
            new(10.2, 9.2, 11.2), new(10.1, 9.1, 11.1), new(10.0, 9.0, 11.0), new(9.9, 8.9, 10.9), new(30, 29.9, 30.1),
        };
        var trend = RecentTrend.Calculate(points, MeasureType.CrudeRate, Polarity.HigherIsBetter);
        Assert.True(trend.ChiSquare > RecentTrend.SignificanceThreshold);
        Assert.False(trend.IsSignificant);
        Assert.Equal(TrendMarker.NoSignificantChange, trend.Marker);
    }

    [Theory]
    [InlineData("Increasing and getting better", TrendMarker.Increasing)]
    [InlineData("Decreasing and getting worse", TrendMarker.Decreasing)]
    [InlineData("Decreasing", TrendMarker.Decreasing)]
    [InlineData("No significant change", TrendMarker.NoSignificantChange)]
    [InlineData("Cannot be calculated", TrendMarker.CannotBeCalculated)]
    [InlineData("", TrendMarker.CannotBeCalculated)]
    public void Fingertips_trend_labels_are_read_back(string label, TrendMarker marker)
    {
        Assert.Equal(marker, TrendMarkerExtensions.FromFingertipsLabel(label));
    }
}
