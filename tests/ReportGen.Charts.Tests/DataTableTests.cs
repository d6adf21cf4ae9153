using ReportGen.ChartKinds;
using ReportGen.Charts;

namespace ReportGen.Charts.Tests;

public class DataTableTests
{
    [Fact]
    public void Trend_table_has_a_row_per_period_with_values_intervals_and_comparisons()
    {
        var table = TestRenderer.Default.DataTable(ExampleCharts.AlcoholSpecificMortalityTrend());

        Assert.Equal(["Period", "Cambridgeshire (per 100,000)", "Cambridgeshire 95% CI", "Cambridgeshire compared with England",
            "East of England (per 100,000)", "East of England 95% CI", "England (per 100,000)", "England 95% CI"], table.Columns);
        Assert.Equal(6, table.Rows.Count);
        Assert.Equal(["2021-23", "10.2", "8.9 to 11.6", "Better", "11.9", "11.5 to 12.3", "14.5", "14.4 to 14.6"], table.Rows[^1]);
        Assert.All(table.Rows, r => Assert.Equal(table.Columns.Count, r.Count));
    }

    [Fact]
    public void Suppressed_values_show_their_note_and_missing_intervals_a_dash()
    {
        var table = TestRenderer.Default.DataTable(ExampleCharts.DrugMisuseDeathsTrend());
        var row = table.Rows.Single(r => r[0] == "2010-12");

        Assert.Equal("*", row[1]);
        Assert.Equal("-", row[2]);
    }

    [Fact]
    public void Area_table_follows_display_order_and_ends_with_the_benchmark()
    {
        var table = TestRenderer.Default.DataTable(ExampleCharts.AlcoholRelatedMortalityDistricts());

        Assert.Equal(["Area", "Value (per 100,000)", "Lower 95% CI", "Upper 95% CI", "Compared with England"], table.Columns);
        Assert.Equal("Fenland", table.Rows[0][0]);
        Assert.Equal(["England", "40.7", "-", "-", "Benchmark"], table.Rows[^1]);
    }

    [Fact]
    public void Pyramid_table_has_area_and_comparator_columns_per_sex()
    {
        var table = TestRenderer.Default.DataTable(ExampleCharts.CambridgeshirePyramid());

        Assert.Equal(["Age band", "Cambridgeshire males (%)", "Cambridgeshire females (%)", "England males (%)", "England females (%)"], table.Columns);
        Assert.Equal(["90+", "0.3", "0.6", "0.3", "0.6"], table.Rows[^1]);
    }

    [Fact]
    public void Pyramid_table_adds_columns_for_other_comparators()
    {
        var table = TestRenderer.Default.DataTable(ExampleCharts.CambridgeshirePyramidWithRegion());

        Assert.Equal(["East of England males (%)", "East of England females (%)"], table.Columns.Skip(5));
        Assert.All(table.Rows, r => Assert.Equal(7, r.Count));
    }

    [Fact]
    public void Stacked_bar_table_adds_a_total_and_formats_thousands()
    {
        var table = TestRenderer.Default.DataTable(ExampleCharts.SubstanceGroupByAge());

        Assert.Equal("Age group", table.Columns[0]);
        Assert.Equal("Total (adults)", table.Columns[^1]);
        Assert.Equal(["30-49", "746", "201", "213", "508", "1,668"], table.Rows[1]);
    }

    [Fact]
    public void Spine_table_lists_the_benchmark_range_and_comparison()
    {
        var table = TestRenderer.Default.DataTable(ExampleCharts.AlcoholProfileSpine());

        Assert.Equal("Compared with England", table.Columns[^1]);
        Assert.Equal(["Alcohol-specific mortality", "2023", "per 100,000", "12.8", "15.0", "30.2", "12.6", "17.1", "7.5", "Similar"], table.Rows[0]);
    }
}
