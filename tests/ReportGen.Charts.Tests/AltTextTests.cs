using ReportGen.ChartKinds;
using ReportGen.Charts;

namespace ReportGen.Charts.Tests;

public class AltTextTests
{
    [Fact]
    public void Trend_alt_text_names_type_series_period_range_and_latest_comparison()
    {
        var text = TestRenderer.Default.AltText(ExampleCharts.AlcoholSpecificMortalityTrend());

        Assert.StartsWith("Line chart of alcohol-specific mortality, 2016-18 to 2021-23", text);
        Assert.Contains("Cambridgeshire, East of England and England", text);
        Assert.Contains("In 2021-23 Cambridgeshire's rate was 10.2 per 100,000 (95% CI 8.9 to 11.6), better than England (14.5).", text);
        Assert.True(text.Length <= 300, $"{text.Length} characters: {text}");
    }

    [Fact]
    public void Trend_alt_text_uses_the_last_period_with_a_value_and_states_no_comparison_when_there_is_none()
    {
        var spec = new TrendChartSpec
        {
            Subject = "Admissions",
            ValueAxisLabel = "Rate per 100,000",
            Unit = "per 100,000",
            Periods = ["2021/22", "2022/23", "2023/24"],
            Series =
            [
                new("Cambridgeshire", [new(20.1), new(22.4), new(null, Note: "*")]),
                new("England", [new(30.0), new(31.5), new(32.0)]),
            ],
        };

        var text = TestRenderer.Default.AltText(spec);

        Assert.Contains("2021/22 to 2023/24", text);
        Assert.Contains("In 2022/23 Cambridgeshire's rate was 22.4 per 100,000; England was 31.5.", text);
    }

    [Fact]
    public void Area_comparison_alt_text_names_areas_period_benchmark_focus_and_counts()
    {
        var text = TestRenderer.Default.AltText(ExampleCharts.AlcoholRelatedMortalityDistricts());

        Assert.StartsWith("Bar chart of alcohol-related mortality in 2023", text);
        foreach (var district in ExampleCharts.Districts) Assert.Contains(district, text);
        Assert.Contains("with England (40.7 per 100,000).", text);
        Assert.Contains("Cambridgeshire: 33.8 per 100,000 (95% CI 31.2 to 36.6), better than England.", text);
        Assert.True(text.Length <= 300, $"{text.Length} characters: {text}");
    }

    [Fact]
    public void Area_comparison_alt_text_for_many_areas_counts_them_and_tallies_comparisons()
    {
        var text = TestRenderer.Default.AltText(ExampleCharts.AlcoholSpecificMortalityNeighbours());

        Assert.StartsWith("Bar chart of alcohol-specific mortality in 2023 comparing 16 areas with England (15.0 per 100,000).", text);
        Assert.Contains("Compared with England: 11 better, 5 similar.", text);
        Assert.Contains("Highest Worcestershire (15.8), lowest Buckinghamshire (9.6).", text);
    }

    [Fact]
    public void Pyramid_alt_text_names_type_areas_period_bands_and_largest_difference()
    {
        var text = TestRenderer.Default.AltText(ExampleCharts.CambridgeshirePyramid());

        Assert.StartsWith("Population pyramid of resident population age profile, 2022", text);
        Assert.Contains("Cambridgeshire (bars) with England (outline)", text);
        Assert.Contains("19 age bands from 0-4 to 90+", text);
        Assert.Contains("The largest difference is males aged 20-24: 3.4% of Cambridgeshire's population, higher than England (3.1%).", text);
        Assert.True(text.Length <= 300, $"{text.Length} characters: {text}");
    }

    [Fact]
    public void Pyramid_alt_text_names_every_outline()
    {
        var text = TestRenderer.Default.AltText(ExampleCharts.CambridgeshirePyramidWithRegion());

        Assert.Contains("Cambridgeshire (bars) with England and East of England (outlines)", text);
        Assert.True(text.Length <= 300, $"{text.Length} characters: {text}");
    }

    [Theory]
    [InlineData(false, false, "Grouped bar chart")]
    [InlineData(true, false, "Stacked bar chart")]
    [InlineData(false, true, "Grouped horizontal bar chart")]
    [InlineData(true, true, "Stacked horizontal bar chart")]
    public void Bar_alt_text_names_the_layout(bool stacked, bool horizontal, string expected)
    {
        var spec = ExampleCharts.AlcoholUnmetNeedByAge() with { Stacked = stacked, Horizontal = horizontal };

        Assert.StartsWith(expected + " of unmet need for alcohol treatment by age group, 18-24 to 55+", TestRenderer.Default.AltText(spec));
    }

    [Fact]
    public void Bar_alt_text_gives_series_latest_values_and_highest()
    {
        var text = TestRenderer.Default.AltText(ExampleCharts.AlcoholUnmetNeedByAge());

        Assert.Contains("comparing Cambridgeshire and England.", text);
        Assert.Contains("In 55+: Cambridgeshire 64.0% and England 66.8%.", text);
        Assert.Contains("Highest: England, 18-24 (92.4%).", text);
        Assert.True(text.Length <= 300, $"{text.Length} characters: {text}");
    }

    [Fact]
    public void Stacked_bar_alt_text_gives_the_total_of_the_last_category()
    {
        var text = TestRenderer.Default.AltText(ExampleCharts.SubstanceGroupByAge());

        Assert.Contains("(total 784 adults)", text);
    }

    [Fact]
    public void A_bar_chart_of_several_indicators_names_them_once_and_a_number_in_a_name_is_not_a_sequence()
    {
        var spec = new BarChartSpec
        {
            Subject = "Pupils offered drugs, Pupils who have taken drugs, Pupils using cannabis",
            ValueAxisLabel = "Percentage (%)", Unit = "%",
            Categories = ["Pupils offered drugs", "Pupils who have taken drugs", "Pupils using cannabis"],
            CategoryAxisLabel = "2024",
            Series = [new BarSeries("Cambridgeshire", [24.5, 9.8, 4.1])],
        };
        var text = TestRenderer.Default.AltText(spec);
        Assert.StartsWith("Bar chart of pupils offered drugs, Pupils who have taken drugs and Pupils using cannabis, 2024, Cambridgeshire. Highest: Pupils offered drugs (24.5%).", text);
        Assert.DoesNotContain("by 2024", text);

        var waits = TestRenderer.Default.AltText(spec with
        {
            Subject = "Young people's waits", Categories = ["Waited 3 weeks or less", "Waited over 3 weeks"], Series = [new BarSeries("Cambridgeshire", [99.3, 0.7])],
        });
        Assert.DoesNotContain(" to Waited", waits);
        Assert.DoesNotContain("In Waited", waits);
    }

    [Fact]
    public void Spine_alt_text_names_type_area_benchmark_periods_and_worse_indicators_first()
    {
        var text = TestRenderer.Default.AltText(ExampleCharts.AlcoholProfileSpine());

        Assert.StartsWith("Spine chart of 9 local Alcohol Profile indicators for Cambridgeshire compared with England, 2015-18 to 2023/24.", text);

        // A caption as the subject (as report blocks pass it) is not wrapped in "indicators for <area>" a second time.
        var captioned = TestRenderer.Default.AltText(ExampleCharts.AlcoholProfileSpine() with { Subject = "Headline drug and alcohol indicators for Cambridgeshire compared with all upper-tier local authorities in England" });
        Assert.StartsWith("Spine chart of headline drug and alcohol indicators for Cambridgeshire compared with all upper-tier local authorities in England: 9 indicators compared with England, 2015-18 to 2023/24.", captioned);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(captioned, "indicators for"));
        Assert.Contains("2 better, 3 similar, 1 worse, 1 higher, 1 lower and 1 not compared.", text);
        Assert.Contains("Worse: Admission episodes for alcoholic liver disease (females) (34.1 per 100,000 against 28.9).", text);
        Assert.True(text.Length <= 300, $"{text.Length} characters: {text}");
    }

    [Fact]
    public void Every_example_has_alt_text_within_300_characters()
    {
        foreach (var entry in ExampleCharts.All())
        {
            var text = TestRenderer.Default.AltText(entry.Spec);
            Assert.True(text.Length is > 60 and <= 300, $"{entry.Name}: {text.Length} characters: {text}");
        }
    }
}
