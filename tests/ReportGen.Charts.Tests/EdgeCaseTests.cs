using ReportGen.ChartKinds;
using ReportGen.Charts;

namespace ReportGen.Charts.Tests;

/// <summary>Sparse, missing or degenerate data still gives a chart, alt text and table.</summary>
public class EdgeCaseTests
{
    private static readonly ChartRenderer Renderer = TestRenderer.Create();

    private static void AssertRenders(ChartSpec spec)
    {
        var chart = Renderer.Render(spec);
        Assert.True(chart.Png.Length > 500);
        Assert.False(string.IsNullOrWhiteSpace(chart.AltText));
        Assert.NotEmpty(chart.Data.Rows);
    }

    [Fact]
    public void Trend_with_one_period_and_no_intervals()
    {
        AssertRenders(new TrendChartSpec
        {
            Subject = "Deaths in treatment",
            ValueAxisLabel = "Percentage of people in treatment",
            Unit = "%",
            Periods = ["2023/24"],
            Series = [new("Cambridgeshire", [new(1.2)])],
        });
    }

    [Fact]
    public void Trend_whose_focus_area_has_no_values()
    {
        var spec = new TrendChartSpec
        {
            Subject = "Admissions",
            ValueAxisLabel = "Rate per 100,000",
            Periods = ["2022", "2023"],
            Series = [new("Fenland", [new(null, Note: "*"), new(null, Note: "*")]), new("England", [new(30), new(31)])],
        };

        AssertRenders(spec);
        Assert.Contains("No values are available for Fenland", TestRenderer.Default.AltText(spec));
    }

    [Fact]
    public void Bars_with_missing_and_negative_values()
    {
        var grouped = new BarChartSpec
        {
            Subject = "Change in numbers in treatment",
            ValueAxisLabel = "Change on previous year (%)",
            Unit = "%",
            Categories = ["2021/22", "2022/23", "2023/24"],
            Series = [new("Alcohol", [15.9, -6.1, null]), new("Opiates", [-3.7, 2.0, 5.1])],
        };

        AssertRenders(grouped);
        AssertRenders(grouped with { Stacked = true });
        AssertRenders(grouped with { Horizontal = true });
        Assert.Equal("-", TestRenderer.Default.DataTable(grouped).Rows[2][1]);
    }

    [Fact]
    public void Areas_without_benchmark_or_comparisons_and_with_a_missing_value()
    {
        AssertRenders(new AreaComparisonChartSpec
        {
            Subject = "Service users per 1,000",
            ValueAxisLabel = "Crude rate per 1,000",
            Period = "Year ending March 2024",
            Bars = ExampleCharts.Districts.Select((d, i) => new AreaBar(d, i == 1 ? new ChartValue(null, Note: "*") : new ChartValue(2.3 + i))).ToList(),
        });
    }

    [Fact]
    public void Pyramid_without_a_comparator()
    {
        var spec = ExampleCharts.CambridgeshirePyramid() with { ComparatorMalePercent = null, ComparatorFemalePercent = null };

        AssertRenders(spec);
        Assert.Equal(3, TestRenderer.Default.DataTable(spec).Columns.Count);
    }

    [Fact]
    public void Spine_row_whose_range_is_a_single_value()
    {
        AssertRenders(new SpineChartSpec
        {
            Subject = "Test",
            ValueAxisLabel = "",
            AreaName = "Cambridgeshire",
            Rows = [new("Flat indicator", "2023", 5, 5, 5, 5, 5, 5, ComparisonCategory.Similar)],
        });
    }
}
