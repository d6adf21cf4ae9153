using ReportGen.ChartKinds;

namespace ReportGen.Charts.Tests;

/// <summary>Chart kinds are found through the catalog, and the waffle chart (the worked example of adding one) draws and describes itself.</summary>
public sealed class ChartKindRegistryTests
{
    private static WaffleChartSpec Waffle(double percent, double? england = 81.4) => new()
    {
        Subject = "Dependent drinkers not in treatment",
        ValueAxisLabel = "Percentage (%)",
        Unit = "%",
        AreaName = "Cambridgeshire",
        Period = "2019/20",
        Percent = percent,
        EnglandPercent = england,
        WidthCm = 9,
        HeightCm = 10,
    };

    [Fact]
    public void Every_registered_kind_has_its_own_template_word_and_spec_type()
    {
        var kinds = ChartKindCatalog.All;
        Assert.Equal(kinds.Count, kinds.Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(kinds.Count, kinds.Select(k => k.SpecType).Distinct().Count());
        Assert.Contains("waffle", kinds.Select(k => k.Name));
        Assert.Equal(kinds.Count, TestRenderer.Default.Kinds.Count);
    }

    [Fact]
    public void A_spec_of_a_kind_that_is_not_registered_is_refused_by_name()
    {
        var renderer = new ChartRenderer(ChartStyle.Default, ChartKindCatalog.All.Where(k => k.Name != "waffle"));
        var error = Assert.Throws<NotSupportedException>(() => renderer.Render(Waffle(78.6)));
        Assert.Contains("WaffleChartSpec", error.Message);
    }

    [Fact]
    public void A_waffle_chart_renders_with_alt_text_and_data_table_from_its_values()
    {
        var chart = TestRenderer.Default.Render(Waffle(78.6));

        Assert.True(chart.PixelWidth > 0 && chart.Png.Length > 1000);
        Assert.Equal("Waffle chart of dependent drinkers not in treatment in Cambridgeshire, 2019/20: 78.6%, about 79 in every 100 squares filled; England 81.4%.",
            chart.AltText);
        Assert.Equal(["Area", "Period", "Percentage (%)"], chart.Data.Columns);
        Assert.Equal(["Cambridgeshire", "2019/20", "78.6"], chart.Data.Rows[0]);
        Assert.Equal(["England", "2019/20", "81.4"], chart.Data.Rows[1]);
        Assert.Single(TestRenderer.Default.Render(Waffle(78.6, england: null)).Data.Rows);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.3, 1)]     // a small share still shows one square
    [InlineData(42.5, 43)]
    [InlineData(99.7, 99)]   // and a share short of all leaves one empty
    [InlineData(100.0, 100)]
    public void Waffle_squares_round_to_whole_squares_without_hiding_a_small_share(double percent, int squares) =>
        Assert.Equal(squares, WaffleChartKind.Filled(percent));

    [Fact]
    public void Waffle_charts_render_the_same_bytes_every_time() =>
        Assert.Equal(TestRenderer.Default.Render(Waffle(12.0)).Png, TestRenderer.Create().Render(Waffle(12.0)).Png);
}
