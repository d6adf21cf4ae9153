using ReportGen.Charts;
using ReportGen.ChartKinds;
using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Data.Model;
using ReportGen.Documents;
using ReportGen.Pipeline;
using ReportGen.Templates;

namespace ReportGen.Cli.Tests;

/// <summary>A <c>type: tilemap</c> block built from the bundled data for Cambridgeshire: every upper-tier authority, compared with England as the bars are.</summary>
public sealed class TileMapChartBlockTests
{
    private const string Chapter = """
        # Deaths {#deaths}

        See [](#fig-tiles).

        ```chart
        id: fig-tiles
        type: tilemap
        indicator: alcohol_specific_mortality
        caption: "Alcohol-specific mortality compared with England, {{ area.name }} among upper-tier authorities"
        ```
        """;

    private static readonly Lazy<BuildResult> Result = new(() => OneChapterReport.Build("cambridgeshire", Chapter));

    [Fact]
    public void A_tilemap_block_builds_a_numbered_figure_with_a_tile_for_every_upper_tier_authority_and_the_area_outlined()
    {
        var result = Result.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Errors));
        var figure = Assert.Single(DocumentWalk.Walk(result.Document!).OfType<Figure>());
        Assert.NotNull(figure.Number);
        var spec = Assert.IsType<TileMapChartSpec>(Assert.Single(result.Figures).Spec);
        Assert.Equal(153, spec.Tiles.Count);
        var focus = Assert.Single(spec.Tiles, t => t.Highlight);
        Assert.Equal("E10000003", focus.Place.Code);
        Assert.StartsWith("Tile map of alcohol-specific mortality in 2023 for England's 153 upper-tier authorities", figure.Image.AltText);
        Assert.True(figure.Image.AltText.Length <= 300, figure.Image.AltText);
        Assert.Contains("Cambridgeshire (outlined)", figure.Image.AltText);
    }

    [Fact]
    public void Each_tile_carries_the_comparison_with_England_that_its_confidence_interval_gives()
    {
        var spec = (TileMapChartSpec)Result.Value.Figures.Single().Spec;
        var data = MissingValueCalculator.Load(Path.Combine(CliRunner.RepoRoot, "data"));
        var period = Period.Parse(spec.Period);
        var england = data.Values.At("alcohol_specific_mortality", "E92000001", period)!.Value!.Value;
        Assert.Equal(england, spec.BenchmarkValue);
        var worse = 0;
        foreach (var tile in spec.Tiles)
        {
            var row = data.Values.At("alcohol_specific_mortality", tile.Place.Code, period);
            if (row?.Value is null) { Assert.Null(tile.Value); continue; }
            var expected = row.Lower95 > england ? ComparisonCategory.Worse : row.Upper95 < england ? ComparisonCategory.Better : ComparisonCategory.Similar;
            Assert.True(expected == tile.Value?.Comparison, $"{tile.Place.Name}: {row.Value} ({row.Lower95} to {row.Upper95}) against {england} should be {expected}, not {tile.Value?.Comparison}");
            Assert.Equal(row.Illustrative, tile.Illustrative);
            if (expected == ComparisonCategory.Worse) worse++;
        }
        // Higher is worse for this indicator: an authority whose whole interval lies above England's rate is "worse", in the worse colour.
        Assert.True(worse > 0);
        var chart = Result.Value.Figures.Single().Chart;
        Assert.Contains($"{worse} worse", chart.AltText);
    }

    [Fact]
    public void Illustrative_values_are_counted_in_the_source_note_and_marked_in_the_data_table()
    {
        var result = Result.Value;
        var spec = (TileMapChartSpec)result.Figures.Single().Spec;
        var illustrative = spec.Tiles.Count(t => t.Illustrative);
        Assert.True(illustrative > 0, "the bundled alcohol-specific mortality rows are mostly illustrative");
        var figure = result.Figures.Single();
        Assert.Contains("Illustrative values:", figure.Source);
        Assert.Contains("Values marked * in the data table are illustrative sample data, not published figures.", figure.Source);
        Assert.Equal(illustrative, figure.Chart.Data.Rows.Count(r => r[1].EndsWith('*')));
        // The publication pack's provenance column follows the same rows.
        Assert.Equal(illustrative, figure.RowProvenance!.Count(p => p == "illustrative"));
    }

    [Fact]
    public void A_tilemap_of_areas_not_on_the_layout_is_an_error_at_the_block()
    {
        var result = OneChapterReport.Build("cambridgeshire", """
            # Deaths {#deaths}

            ```chart
            type: tilemap
            indicator: alcohol_specific_mortality
            areas: [england]
            ```
            """);
        var error = Assert.Single(result.Diagnostics.Errors, e => e.Message.Contains("tile layout", StringComparison.Ordinal));
        Assert.EndsWith("01-chapter.md", error.File);
        Assert.NotNull(error.Fix);
    }

    [Fact]
    public void An_unknown_area_word_is_reported_with_the_words_this_kind_knows()
    {
        var result = OneChapterReport.Build("cambridgeshire", """
            # Deaths

            ```chart
            type: tilemap
            indicator: alcohol_specific_mortality
            areas: [upper-teir]
            ```
            """);
        var error = Assert.Single(result.Diagnostics.Errors, d => d.Message.Contains("unknown area 'upper-teir'"));
        Assert.Contains("upper-tier (type: tilemap only)", error.Fix);
        Assert.Contains("01-chapter.md", error.File);
    }
}
