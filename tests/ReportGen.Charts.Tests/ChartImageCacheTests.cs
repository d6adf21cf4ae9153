using ReportGen.ChartKinds;

namespace ReportGen.Charts.Tests;

/// <summary>
/// The chart image cache: a chart read back is exactly what a fresh render gives, anything a render depends on
/// changes the key, and a damaged or unwritable cache only costs a re-render.
/// </summary>
public sealed class ChartImageCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reportgen-chart-cache-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static ChartRenderer Renderer(ChartImageCache cache, ChartStyle? style = null) =>
        new(style ?? ChartStyle.Default with { IncludeSvg = true }, ChartKindCatalog.All, cache);

    [Fact]
    public void Every_example_chart_read_back_from_the_cache_equals_a_fresh_render()
    {
        var fresh = TestRenderer.Create(ChartStyle.Default with { IncludeSvg = true });
        var cache = new ChartImageCache(_folder);
        var examples = ExampleCharts.All();

        var first = examples.Select(e => Renderer(cache).Render(e.Spec)).ToList();
        Assert.Equal(examples.Count, cache.Misses);
        Assert.Equal(0, cache.Hits);
        var second = examples.Select(e => Renderer(cache).Render(e.Spec)).ToList();
        Assert.Equal(examples.Count, cache.Hits);

        for (var i = 0; i < examples.Count; i++)
        {
            var expected = fresh.Render(examples[i].Spec);
            foreach (var got in new[] { first[i], second[i] })
            {
                Assert.Equal(expected.Png, got.Png);
                // Skia numbers the SVG's clip paths from a counter per process, so two renders differ only in those names.
                Assert.Equal(SvgWithNumberedIds(expected.Svg), SvgWithNumberedIds(got.Svg));
                Assert.Equal((expected.PixelWidth, expected.PixelHeight), (got.PixelWidth, got.PixelHeight));
                Assert.Equal(expected.AltText, got.AltText);
                Assert.Equal(expected.Data.Rows.SelectMany(r => r), got.Data.Rows.SelectMany(r => r));
            }
        }
    }

    private static string SvgWithNumberedIds(byte[]? svg)
    {
        Assert.NotNull(svg);
        var text = System.Text.Encoding.UTF8.GetString(svg);
        var ids = System.Text.RegularExpressions.Regex.Matches(text, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(ids);
        for (var i = 0; i < ids.Count; i++)
            text = System.Text.RegularExpressions.Regex.Replace(text, "(?<=[\"#])" + System.Text.RegularExpressions.Regex.Escape(ids[i]) + "(?=[\")])", "svg-id-" + i);
        return text;
    }

    /// <summary>A spec of every registered kind: the examples, a map and a waffle.</summary>
    private static IReadOnlyList<ChartSpec> SpecsOfEveryKind() =>
    [
        .. ExampleCharts.All().Select(e => e.Spec),
        MapChartTests.DistrictMap(),
        TileMapChartTests.Spec(illustrative: true),
        new WaffleChartSpec { AreaName = "Cambridgeshire", Period = "2023/24", Percent = 41.5, EnglandPercent = double.NaN, Subject = "Share in treatment", ValueAxisLabel = "%" },
    ];

    [Fact]
    public void Each_kind_writes_its_key_with_generated_code_giving_the_bytes_reflection_gives()
    {
        // A generated writer that missed a member would give two different charts one key, and so a wrong image.
        var reflection = new System.Text.Json.JsonSerializerOptions
        {
            IncludeFields = true,
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        var specs = SpecsOfEveryKind();
        Assert.Equal(ChartKindCatalog.All.Select(k => ((IChartDrawing)k).SpecType).ToHashSet(), specs.Select(s => s.GetType()).ToHashSet());
        foreach (var spec in specs)
        {
            IChartDrawing drawing = ChartKindCatalog.All.Single(k => ((IChartDrawing)k).SpecType == spec.GetType());
            var generated = drawing.SpecKeyJson;
            Assert.NotNull(generated);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(spec, spec.GetType(), reflection),
                System.Text.Json.JsonSerializer.Serialize(spec, generated));
        }
        var style = ChartStyle.Default with { IncludeSvg = true };
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(style, reflection),
            System.Text.Json.JsonSerializer.Serialize(style, ChartStyleJson.Default.ChartStyle));
    }

    [Fact]
    public void A_chart_asked_for_by_several_threads_at_once_is_drawn_once()
    {
        // A cache that cannot store anything (its folder would be inside a file), so the image cannot be read back
        // from disk: only the sharing of the drawing in progress can spare the other threads a drawing of their own.
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(blocker, "");
        var cache = new ChartImageCache(Path.Combine(blocker, "charts"));
        var spec = ExampleCharts.AlcoholSpecificMortalityNeighbours();
        var key = ChartImageCache.KeyFor(spec, ChartStyle.Default, "Liberation Sans", ChartKindCatalog.All.OfType<IChartDrawing>().First(k => k.SpecType == spec.GetType()))!;
        var draws = 0;
        (byte[], byte[]?) Draw()
        {
            Interlocked.Increment(ref draws);
            Thread.Sleep(300); // the other threads, released together with this one, arrive while it is drawn
            return ([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 69, 78, 68, 0, 0, 0, 0], null);
        }
        // Four threads of their own (not the thread pool, which may start them late), released at once.
        using var together = new Barrier(4);
        var results = new (byte[] Png, byte[]? Svg)[4];
        var threads = Enumerable.Range(0, 4).Select(i => new Thread(() =>
        {
            together.SignalAndWait();
            results[i] = cache.GetOrDraw(key, false, Draw);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(1, draws);
        Assert.All(results, r => Assert.Equal(results[0].Png, r.Png));
        Assert.Equal((3, 1), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void A_fitted_height_is_measured_once_then_read_back_exactly()
    {
        var cache = new ChartImageCache(_folder);
        var spec = ExampleCharts.AlcoholSpecificMortalityNeighbours();
        var measured = TestRenderer.Create().SuggestHeightCm(spec);
        Assert.Equal(measured, Renderer(cache, ChartStyle.Default).SuggestHeightCm(spec));
        Assert.Single(Directory.GetFiles(_folder, "*.fit"));
        // Read back, not measured: a planted value comes back, so the reader really is the cache.
        var fit = Directory.GetFiles(_folder, "*.fit").Single();
        File.WriteAllText(fit, "12.5");
        Assert.Equal(12.5, Renderer(cache, ChartStyle.Default).SuggestHeightCm(spec));
        // A damaged entry is measured again.
        File.WriteAllText(fit, "not a number");
        Assert.Equal(measured, Renderer(cache, ChartStyle.Default).SuggestHeightCm(spec));
        // Another spec or style is another entry.
        Renderer(cache, ChartStyle.Default with { LabelFontSizePt = ChartStyle.Default.LabelFontSizePt + 2 }).SuggestHeightCm(spec);
        Assert.Equal(2, Directory.GetFiles(_folder, "*.fit").Length);
        Assert.Equal(0, cache.Hits + cache.Misses);
    }

    [Fact]
    public void Any_change_to_the_data_the_size_or_the_style_gives_another_key()
    {
        var drawing = new TrendChartKind();
        var spec = ExampleCharts.AlcoholSpecificMortalityTrend();
        var style = ChartStyle.Default;
        string Key(ChartSpec s, ChartStyle st) => ChartImageCache.KeyFor(s, st, "Liberation Sans", drawing)!;

        var original = Key(spec, style);
        Assert.Equal(original, Key(ExampleCharts.AlcoholSpecificMortalityTrend(), style));

        var firstSeries = spec.Series[0];
        var changedValue = spec with
        {
            Series = [firstSeries with { Values = [firstSeries.Values[0] with { Value = firstSeries.Values[0].Value + 0.1 }, .. firstSeries.Values.Skip(1)] }, .. spec.Series.Skip(1)],
        };
        var variants = new[]
        {
            Key(changedValue, style),
            Key(spec with { HeightCm = spec.HeightCm + 0.5 }, style),
            Key(spec with { Subject = spec.Subject + " " }, style),
            Key(spec, style with { Dpi = 300 }),
            Key(spec, style with { FocusColor = RgbColor.Parse("#000000") }),
            Key(spec, style with { IncludeSvg = true }),
            ChartImageCache.KeyFor(spec, style, "DejaVu Sans", drawing)!,
        };
        Assert.DoesNotContain(original, variants);
        Assert.Equal(variants.Length, variants.Distinct().Count());
    }

    [Fact]
    public void A_damaged_entry_is_drawn_again_and_replaced()
    {
        var cache = new ChartImageCache(_folder);
        var spec = ExampleCharts.AlcoholRelatedMortalityDistricts();
        var expected = Renderer(cache).Render(spec).Png;
        var entry = Assert.Single(Directory.GetFiles(_folder, "*.png"));
        File.WriteAllBytes(entry, expected[..(expected.Length / 2)]); // a write cut short

        var again = new ChartImageCache(_folder);
        Assert.Equal(expected, Renderer(again).Render(spec).Png);
        Assert.Equal((0, 1), (again.Hits, again.Misses));
        Assert.Equal(expected, File.ReadAllBytes(entry));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_only_means_charts_are_drawn()
    {
        var blocker = Path.Combine(_folder, "not-a-folder");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(blocker, "a file where the cache folder should be");
        var cache = new ChartImageCache(blocker);
        var spec = ExampleCharts.OcuPrevalenceGrouped();

        var chart = Renderer(cache, ChartStyle.Default).Render(spec);

        Assert.Equal(TestRenderer.Default.Render(spec).Png, chart.Png);
        Assert.Equal(1, cache.Misses);
    }

    [Fact]
    public void Pruning_keeps_the_most_recently_used_images_under_the_limit()
    {
        Directory.CreateDirectory(_folder);
        var now = DateTime.UtcNow;
        for (var i = 0; i < 5; i++)
        {
            var path = Path.Combine(_folder, new string((char)('a' + i), 64) + ".png");
            File.WriteAllBytes(path, new byte[1000]);
            File.SetLastWriteTimeUtc(path, now.AddMinutes(-10 * i)); // "a..." is the newest
        }
        var stale = Path.Combine(_folder, new string('f', 64) + ".png.tmp-1234abcd");
        File.WriteAllBytes(stale, new byte[10]);
        File.SetLastWriteTimeUtc(stale, now.AddHours(-2));

        new ChartImageCache(_folder, maxBytes: 3000).Prune();

        var left = Directory.GetFiles(_folder).Select(f => Path.GetFileName(f)[0]).Order().ToList();
        Assert.Equal(['a', 'b', 'c'], left);
    }
}
