using ReportGen.ChartKinds;
using System.Text.RegularExpressions;
using ReportGen.Charts;
using ScottPlot;

namespace ReportGen.Charts.Tests;

public class RenderingTests
{
    private static readonly ChartRenderer Renderer = TestRenderer.Create();

    [Fact]
    public void Same_spec_gives_identical_bytes()
    {
        foreach (var entry in ExampleCharts.All())
        {
            var first = Renderer.Render(entry.Spec);
            var second = TestRenderer.Create(ChartStyle.Default).Render(entry.Spec);
            Assert.True(first.Png.AsSpan().SequenceEqual(second.Png), entry.Name);
        }
    }

    [Fact]
    public void Parallel_rendering_gives_the_same_bytes_as_serial_rendering()
    {
        var specs = Enumerable.Repeat(ExampleCharts.All().Select(e => e.Spec), 3).SelectMany(s => s).ToList();

        var serial = specs.Select(Renderer.Render).ToList();
        var parallel = Renderer.RenderAll(specs, maxDegreeOfParallelism: 4);

        Assert.Equal(serial.Count, parallel.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            Assert.True(serial[i].Png.AsSpan().SequenceEqual(parallel[i].Png), $"chart {i}");
            Assert.Equal(serial[i].AltText, parallel[i].AltText);
        }
    }

    [Fact]
    public void Png_is_at_least_200_dpi_for_the_placed_size_and_records_its_dpi()
    {
        var chart = Renderer.Render(ExampleCharts.AlcoholSpecificMortalityTrend());

        Assert.Equal(1260, chart.PixelWidth); // 16 cm at 200 dpi
        Assert.Equal(709, chart.PixelHeight); // 9 cm at 200 dpi
        Assert.True(chart.PixelWidth / (chart.WidthCm / 2.54) >= 200);
        Assert.True(chart.PixelHeight / (chart.HeightCm / 2.54) >= 200);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Png.Take(4).ToArray());
        Assert.Equal(200, PngDensity.ReadDpi(chart.Png)!.Value, 0.5);
        using var bitmap = SkiaSharp.SKBitmap.Decode(chart.Png);
        Assert.Equal(chart.PixelWidth, bitmap.Width);
        Assert.Equal(chart.PixelHeight, bitmap.Height);
    }

    [Fact]
    public void Higher_dpi_scales_pixels_not_layout()
    {
        var renderer = TestRenderer.Create(ChartStyle.Default with { Dpi = 300 });
        var chart = renderer.Render(ExampleCharts.AlcoholSpecificMortalityTrend());

        Assert.Equal(1890, chart.PixelWidth);
        Assert.Equal(300, PngDensity.ReadDpi(chart.Png)!.Value, 0.5);
    }

    [Fact]
    public void Svg_is_produced_only_when_the_style_asks()
    {
        Assert.Null(Renderer.Render(ExampleCharts.OcuPrevalenceGrouped()).Svg);

        var svg = TestRenderer.Create(ChartStyle.Default with { IncludeSvg = true }).Render(ExampleCharts.OcuPrevalenceGrouped()).Svg;
        Assert.NotNull(svg);
        var xml = System.Text.Encoding.UTF8.GetString(svg);
        Assert.Contains("<svg", xml);
        Assert.Contains("width=\"16cm\" height=\"9cm\" viewBox=\"0 0 ", xml);
    }

    [Fact]
    public void Svg_keeps_the_dashes_that_tell_series_apart_without_colour()
    {
        // Skia's SVG writer drops dash patterns; the second series of a trend chart is dashed in the PNG.
        var chart = TestRenderer.Create(ChartStyle.Default with { IncludeSvg = true }).Render(ExampleCharts.AlcoholSpecificMortalityTrend());
        var xml = System.Text.Encoding.UTF8.GetString(chart.Svg!);
        Assert.Contains("stroke-dasharray=\"", xml);
        // Every series is drawn: three trend lines in three colours (Skia used to leave the dashed ones out).
        foreach (var colour in new[] { ChartStyle.Default.FocusColor, ChartStyle.Default.LineSeriesColor(1), ChartStyle.Default.BenchmarkColor })
            Assert.Contains($"stroke=\"#{colour.R:X2}{colour.G:X2}{colour.B:X2}\"", xml);
        // Grid lines and the focus series stay solid.
        Assert.DoesNotMatch("stroke=\"#E3E3E3\" stroke-width=\"[0-9.]+\"[^>]*stroke-dasharray", xml);
    }

    [Fact]
    public void Trend_period_ticks_are_the_published_labels_never_numbers()
    {
        var yearLike = new Regex(@"^\d{1,3}(,\d{3})+(\.\d+)?$");
        foreach (var spec in new[] { ExampleCharts.AlcoholSpecificMortalityTrend(), ExampleCharts.DrugMisuseDeathsTrend(), ExampleCharts.EnglandAnnualAlcoholSpecificMortality() })
        {
            var canvas = Renderer.Build(spec);
            canvas.MeasureDataArea(); // the ticks as drawn
            var ticks = canvas.Plot.Axes.Bottom.TickGenerator.Ticks;

            Assert.IsType<ScottPlot.TickGenerators.NumericManual>(canvas.Plot.Axes.Bottom.TickGenerator);
            Assert.Equal(spec.Periods.Count, ticks.Length);
            for (var i = 0; i < ticks.Length; i++)
            {
                Assert.Equal(i, ticks[i].Position);
                Assert.True(ticks[i].Label == spec.Periods[i] || ticks[i].Label == "", $"tick {i}: '{ticks[i].Label}'");
                Assert.DoesNotMatch(yearLike, ticks[i].Label);
            }
            Assert.Equal(spec.Periods[^1], ticks[^1].Label);
        }
    }

    [Fact]
    public void Annual_year_labels_stay_as_written()
    {
        var canvas = Renderer.Build(ExampleCharts.EnglandAnnualAlcoholSpecificMortality());
        canvas.Encode(); // ticks must survive a full render

        var labels = canvas.Plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label).Where(l => l != "").ToList();
        Assert.Contains("2006", labels);
        Assert.Contains("2023", labels);
        Assert.DoesNotContain(labels, l => l.Contains(','));
    }

    [Fact]
    public void Crowded_periods_are_rotated_and_thinned_but_keep_the_latest()
    {
        var periods = Enumerable.Range(1990, 34).Select(y => $"{y}-{(y + 2) % 100:00}").ToArray();
        var spec = new TrendChartSpec
        {
            Subject = "Long series",
            ValueAxisLabel = "Rate",
            Periods = periods,
            Series = [new("Area", periods.Select((_, i) => new ChartValue(i)).ToList())],
            WidthCm = 8,
        };

        var canvas = Renderer.Build(spec);
        canvas.MeasureDataArea();
        var ticks = canvas.Plot.Axes.Bottom.TickGenerator.Ticks;

        Assert.Equal(-45, canvas.Plot.Axes.Bottom.TickLabelStyle.Rotation);
        Assert.Contains(ticks, t => t.Label == "");
        Assert.Equal(periods[^1], ticks[^1].Label);
    }

    [Fact]
    public void Value_axis_starts_at_zero_and_uses_plain_numbers()
    {
        var canvas = Renderer.Build(ExampleCharts.AlcoholSpecificMortalityTrend());
        canvas.MeasureDataArea();
        var ticks = canvas.Plot.Axes.Left.TickGenerator.Ticks;

        Assert.Equal(0, canvas.Plot.Axes.Left.Min);
        Assert.Equal("0", ticks[0].Label);
        Assert.True(canvas.Plot.Axes.Left.Max >= 14.6);
    }

    [Fact]
    public void Pyramid_axis_shows_percentages_without_minus_signs()
    {
        var canvas = Renderer.Build(ExampleCharts.CambridgeshirePyramid());
        canvas.MeasureDataArea();
        var labels = canvas.Plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label).ToList();

        Assert.Contains("4%", labels);
        Assert.Contains(labels, l => l == "2%");
        Assert.DoesNotContain(labels, l => l.Contains('-') || l.Contains('\u2212'));
        Assert.True(canvas.Plot.Axes.Bottom.Min < 0);
    }

    [Fact]
    public void Text_is_drawn_with_the_resolved_house_font()
    {
        var canvas = Renderer.Build(ExampleCharts.AlcoholSpecificMortalityTrend());

        Assert.Equal(Renderer.ResolvedFontFamily, canvas.Plot.Axes.Left.TickLabelStyle.FontName);
        Assert.Equal(Renderer.ResolvedFontFamily, canvas.Plot.Legend.FontName);
        Assert.Equal(Renderer.ResolvedFontFamily, ScottPlot.Fonts.GetTypeface(Renderer.ResolvedFontFamily, false, false).FamilyName);
    }

    [Fact]
    public void Arial_resolves_to_Liberation_Sans_on_Linux()
    {
        if (!OperatingSystem.IsLinux() || ChartFonts.IsInstalled("Arial")) return;
        Assert.True(ChartFonts.IsInstalled("Liberation Sans"), "fonts-liberation should be installed");

        Assert.Equal("Liberation Sans", ChartFonts.ResolveFamily("Arial"));
        Assert.Equal("Liberation Sans", TestRenderer.Create().ResolvedFontFamily);
    }

    [Fact]
    public void Inconsistent_specs_are_rejected_with_a_clear_message()
    {
        var spec = ExampleCharts.AlcoholSpecificMortalityTrend() with { Periods = ["2020-22", "2021-23"] };

        var ex = Assert.Throws<ArgumentException>(() => Renderer.Render(spec));
        Assert.Contains("Cambridgeshire", ex.Message);
        Assert.Throws<ArgumentException>(() => Renderer.Render(ExampleCharts.OcuPrevalenceGrouped() with { Categories = ["One"] }));
        Assert.Throws<ArgumentException>(() => Renderer.Render(ExampleCharts.AlcoholUnmetNeedByAge() with { WidthCm = 0 }));
    }

    [Fact]
    public void Spine_rows_are_normalised_with_the_benchmark_in_the_centre_and_best_on_the_right()
    {
        var lowIsGood = new SpineRow("Mortality", "2023", 12.8, 15.0, 30.2, 12.6, 17.1, 7.5, ComparisonCategory.Similar);
        var highIsGood = new SpineRow("Abstainers", "2018", 9.3, 16.2, 5.1, 12.3, 19.4, 36.5, ComparisonCategory.Lower);

        Assert.Equal(0, SpineChartRenderer.Normalise(lowIsGood, 15.0));
        Assert.Equal(-1, SpineChartRenderer.Normalise(lowIsGood, 30.2));
        Assert.True(SpineChartRenderer.Normalise(lowIsGood, 7.5) > 0);
        Assert.Equal(1, SpineChartRenderer.Normalise(highIsGood, 36.5));
        Assert.True(SpineChartRenderer.Normalise(highIsGood, 9.3) < 0);
    }

    [Fact]
    public void Spine_height_suggestion_grows_with_rows()
    {
        var spec = ExampleCharts.AlcoholProfileSpine();
        var few = spec with { Rows = spec.Rows.Take(3).ToList() };

        Assert.True(Renderer.SuggestHeightCm(spec) > Renderer.SuggestHeightCm(few));
        Assert.True(Renderer.SuggestHeightCm(spec) < spec.HeightCm + 0.01, "the example fits its placed height");
    }

    [Fact]
    public void A_comparator_chart_fits_in_about_half_a_page_while_a_district_chart_keeps_roomy_rows()
    {
        // A text area of A4 with the house margins is 25 cm tall; a comparator group of 16 neighbours and the area itself
        // must leave room for the caption and source note (about 2.7 cm) within about half of it.
        Assert.InRange(AreaComparisonSpecBuilder.HeightCm(17), 9.5, 10.5);
        Assert.Equal(2.5 + (6 * 0.9), AreaComparisonSpecBuilder.HeightCm(6), 6);
        Assert.True(AreaComparisonSpecBuilder.HeightCm(30) > AreaComparisonSpecBuilder.HeightCm(17), "a longer list still grows");
    }

    [Fact]
    public void A_comparator_chart_too_short_for_its_labels_is_raised_to_a_height_where_every_row_holds_one()
    {
        var spec = ExampleCharts.AlcoholSpecificMortalityNeighbours();
        var fit = Renderer.SuggestHeightCm(spec with { HeightCm = 5 });

        Assert.True(fit > 8, $"16 bars in 5 cm would thin out their labels; the fitted height is {fit:0.00} cm");
        Assert.Equal(fit, Renderer.SuggestHeightCm(spec with { HeightCm = fit }), 1);
        var builderHeight = AreaComparisonSpecBuilder.HeightCm(spec.Bars.Count);
        Assert.True(Renderer.SuggestHeightCm(spec with { HeightCm = builderHeight }) < builderHeight + 0.8,
            "the compact height the builder gives already leaves about a label line per row");
    }

    [Fact]
    public void A_legend_label_wider_than_the_chart_wraps_onto_lines_instead_of_being_cut_off()
    {
        const string label = "Proportion of opiate and/or crack cocaine users not in treatment (unmet need)";
        var spec = ExampleCharts.AlcoholSpecificMortalityNeighbours();
        var canvas = new ChartCanvas(spec, ChartStyle.Default, Renderer.ResolvedFontFamily);
        AreaComparisonChartRenderer.Draw(canvas, spec);
        var legend = canvas.LegendBelow([canvas.BoxItem(label, new RgbColor(0, 94, 184)), canvas.BoxItem("England", new RgbColor(0, 0, 0))]);
        var before = canvas.MeasureDataArea().Height;
        canvas.Encode();

        var shown = legend.ManualItems[0].LabelText!;
        Assert.Contains('\n', shown);
        Assert.Equal(label, shown.Replace('\n', ' '));
        var width = canvas.MeasureDataArea().Width;
        Assert.True(legend.SymbolWidth + canvas.Text.Width(shown, canvas.LabelFont) < width, "every line fits beside its symbol");
        Assert.True(canvas.MeasureDataArea().Height < before, "the legend's extra lines are reserved below the data");
        Assert.Equal("England", legend.ManualItems[1].LabelText);
    }
}
