using ReportGen.Charts;
using ReportGen.Charts.Maps;
using Xunit;

namespace ReportGen.Charts.Tests;

public class MapChartTests
{
    private static readonly string[] CambridgeshireDistricts = ["E07000008", "E07000009", "E07000010", "E07000011", "E07000012"];

    private static MapChartSpec DistrictMap() => new()
    {
        Subject = "Index of Multiple Deprivation score",
        ValueAxisLabel = "Score",
        Period = "2019",
        BenchmarkValue = 21.7,
        Areas = CambridgeshireDistricts.Select((code, i) => new MapArea(Boundaries.Find(code)!,
            new ChartValue(10 + 3 * i, Comparison: i == 2 ? ComparisonCategory.Worse : ComparisonCategory.Better), i == 0)).ToList(),
    };

    [Fact]
    public void The_bundled_boundaries_hold_the_five_districts_and_the_upper_tier_neighbours()
    {
        Assert.All(CambridgeshireDistricts, code => Assert.NotEmpty(Boundaries.Find(code)!.Rings));
        Assert.Equal("Fenland", Boundaries.Find("E07000010")!.Name);
        Assert.Contains("E10000003", Boundaries.UpperTierCodes);
        Assert.Contains("E06000062", Boundaries.UpperTierCodes);
        // A county drawn from its districts keeps only its outer boundary as outline.
        var county = Boundaries.Find("E10000003")!;
        Assert.True(county.Outline.Sum(l => l.Count) < CambridgeshireDistricts.Sum(c => Boundaries.Find(c)!.Outline.Sum(l => l.Count)));
        Assert.All(county.Rings.SelectMany(r => r), p => Assert.InRange(p.Lat, 51.9, 52.8));
    }

    [Fact]
    public void A_map_renders_with_alt_text_and_a_data_table_of_every_value()
    {
        var chart = new ChartRenderer().Render(DistrictMap());
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
        Assert.Throws<ArgumentException>(() => new ChartRenderer().Render(spec));
    }
}
