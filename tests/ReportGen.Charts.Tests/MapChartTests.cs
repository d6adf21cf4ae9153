using ReportGen.Charts;
using ReportGen.ChartKinds;
using Xunit;

namespace ReportGen.Charts.Tests;

public class MapChartTests
{
    // Five made-up square districts side by side: the renderer needs shapes, not real boundaries (none are bundled).
    private static readonly string[] Names = ["Cambridge", "East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire"];

    private static AreaShape Square(int i)
    {
        double x = 0.1 + 0.12 * i, y = 52.2;
        IReadOnlyList<GeoPoint> ring = [new(x, y), new(x + 0.1, y), new(x + 0.1, y + 0.1), new(x, y + 0.1), new(x, y)];
        return new AreaShape($"E0700000{8 + i}", Names[i], [ring], [ring]);
    }

    internal static MapChartSpec DistrictMap() => new()
    {
        Subject = "Index of Multiple Deprivation score",
        ValueAxisLabel = "Score",
        Period = "2019",
        BenchmarkValue = 21.7,
        Areas = Names.Select((_, i) => new MapArea(Square(i),
            new ChartValue(10 + 3 * i, Comparison: i == 2 ? ComparisonCategory.Worse : ComparisonCategory.Better), i == 0)).ToList(),
    };

    [Fact]
    public void Without_bundled_boundary_files_no_area_has_a_shape()
    {
        Assert.Null(Boundaries.Find("E07000010"));
        Assert.Empty(Boundaries.UpperTierCodes);
    }

    [Fact]
    public void A_map_renders_with_alt_text_and_a_data_table_of_every_value()
    {
        var chart = TestRenderer.Create().Render(DistrictMap());
        Assert.True(chart.Png.Length > 1000);
        Assert.StartsWith("Map of index of Multiple Deprivation score in 2019", chart.AltText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Cambridge", chart.AltText);
        Assert.Equal(6, chart.Data.Rows.Count); // five districts and the benchmark
        Assert.Contains(chart.Data.Rows, r => r[0] == "Fenland" && r[4] == "Worse");
    }

    [Fact]
    public void A_map_without_values_is_refused()
    {
        var spec = DistrictMap() with { Areas = DistrictMap().Areas.Select(a => a with { Value = null }).ToList() };
        Assert.Throws<ArgumentException>(() => TestRenderer.Create().Render(spec));
    }
}
