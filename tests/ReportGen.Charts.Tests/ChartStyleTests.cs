using ReportGen.Charts;

namespace ReportGen.Charts.Tests;

public class ChartStyleTests
{
    [Fact]
    public void Contrast_ratio_follows_wcag()
    {
        Assert.Equal(21, ChartStyle.ContrastRatio(RgbColor.Black, RgbColor.White), 3);
        Assert.Equal(1, ChartStyle.ContrastRatio("#777777", "#777777"), 3);
        Assert.Equal(4.54, ChartStyle.ContrastRatio("#767676", "#FFFFFF"), 2);
        Assert.Equal(ChartStyle.ContrastRatio("#005EB8", "#FFFFFF"), ChartStyle.ContrastRatio("#FFFFFF", "#005EB8"), 6);
    }

    [Fact]
    public void Default_style_meets_its_contrast_requirements()
    {
        var report = ChartStyle.Default.DescribeContrast();

        Assert.All(report, c => Assert.True(c.Passes, $"{c.Name} {c.Color} is {c.Ratio:0.00}:1, needs {c.Required}:1"));
        Assert.Contains(report, c => c.Name == nameof(ChartStyle.TextColor) && c.Ratio >= 4.5);
        Assert.All(report.Where(c => c.Use == ColorUse.Text), c => Assert.True(c.Ratio >= 4.5, c.Name));
    }

    [Fact]
    public void Default_style_is_arial_at_print_resolution()
    {
        Assert.Equal("Arial", ChartStyle.Default.FontFamily);
        Assert.True(ChartStyle.Default.Dpi >= 200);
        Assert.True(ChartStyle.Default.LabelFontSizePt >= 8);
    }

    [Fact]
    public void Comparison_colours_are_distinct()
    {
        var style = ChartStyle.Default;
        var categories = new[] { ComparisonCategory.Better, ComparisonCategory.Similar, ComparisonCategory.Worse, ComparisonCategory.Higher, ComparisonCategory.Lower, ComparisonCategory.NotCompared };

        Assert.Equal(categories.Length, categories.Select(style.ComparisonColor).Distinct().Count());
    }

    [Fact]
    public void Text_on_a_fill_picks_the_more_readable_colour()
    {
        var style = ChartStyle.Default;

        Assert.Equal(RgbColor.White, style.TextColorOn(RgbColor.Parse("#0072B2")));
        Assert.Equal(style.TextColor, style.TextColorOn(RgbColor.Parse("#F0E442")));
    }

    [Fact]
    public void Colours_parse_and_print_as_hex()
    {
        Assert.Equal(new RgbColor(0, 94, 184), RgbColor.Parse("#005eb8"));
        Assert.Equal("#005EB8", RgbColor.Parse("005EB8").ToHex());
        Assert.Throws<FormatException>(() => RgbColor.Parse("#12345"));
    }
}
