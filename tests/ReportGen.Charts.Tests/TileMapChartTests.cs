using ReportGen.ChartKinds;
using SkiaSharp;

namespace ReportGen.Charts.Tests;

/// <summary>The England tile layout (data/geography) and the tile map chart kind drawn from it.</summary>
public sealed class TileMapChartTests
{
    private const string Cambridgeshire = "E10000003";

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReportGen.sln not found above the test folder.");
    }

    /// <summary>(code, name) of every county and unitary authority in data/areas.csv, read as CSV (some names are quoted and hold a comma).</summary>
    private static List<(string Code, string Name)> UpperTierAreas()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot(), "data", "areas.csv")).Where(l => l.Length > 0).ToList();
        var header = TileLayout.Fields(lines[0]);
        int code = header.IndexOf("code"), name = header.IndexOf("name"), type = header.IndexOf("type");
        return lines.Skip(1).Select(TileLayout.Fields).Where(f => f[type] is "county" or "unitary").Select(f => (f[code], f[name])).ToList();
    }

    private static ComparisonCategory CategoryFor(int i) => (i % 3) switch { 0 => ComparisonCategory.Better, 1 => ComparisonCategory.Similar, _ => ComparisonCategory.Worse };

    /// <summary>Every authority of the layout with a value: Cambridgeshire worse and outlined, the rest better, similar or worse in turn, one without a value.</summary>
    internal static TileMapChartSpec Spec(bool illustrative = false, string? withoutValue = "E06000053")
    {
        var tiles = TileLayout.All.Select((p, i) => new MapTile(p,
            p.Code == withoutValue ? null
                : new ChartValue(10 + i % 7, 8 + i % 7, 12 + i % 7, p.Code == Cambridgeshire ? ComparisonCategory.Worse : CategoryFor(i)),
            Highlight: p.Code == Cambridgeshire, Illustrative: illustrative && p.Code != withoutValue)).ToList();
        return new TileMapChartSpec
        {
            Subject = "Alcohol-specific mortality",
            ValueAxisLabel = "Rate per 100,000",
            Unit = "per 100,000",
            Period = "2023",
            BenchmarkValue = 15.0,
            Tiles = tiles,
            HeightCm = 14.5,
        };
    }

    [Fact]
    public void The_layout_has_exactly_one_tile_for_every_upper_tier_authority_and_no_shared_cell()
    {
        var areas = UpperTierAreas();
        Assert.Equal(153, areas.Count);
        var layout = TileLayout.All;
        Assert.Equal(areas.Select(a => a.Code).Order(), layout.Select(p => p.Code).Order());
        Assert.Equal(layout.Count, layout.Select(p => (p.Row, p.Col)).Distinct().Count());
        Assert.Equal(layout.Count, layout.Select(p => p.Label).Distinct().Count());
        // Names as data/areas.csv spells them, including the quoted ones with a comma.
        foreach (var (code, name) in areas) Assert.Equal(name, TileLayout.Find(code)!.Name);
        Assert.Equal("Kingston upon Hull, City of", TileLayout.Find("E06000010")!.Name);
        Assert.All(layout, p => Assert.True(p.Row >= 0 && p.Col >= 0 && p.Label.Length == 3, p.Name));
    }

    [Fact]
    public void The_layout_reads_as_England_Northumberland_at_the_top_Cornwall_and_Scilly_at_the_south_west_tip_London_one_block()
    {
        var layout = TileLayout.All;
        var top = layout.Min(p => p.Row);
        Assert.Equal(top, TileLayout.Find("E06000057")!.Row); // Northumberland
        var scilly = TileLayout.Find("E06000053")!;
        var cornwall = TileLayout.Find("E06000052")!;
        Assert.Equal(layout.Max(p => p.Row), scilly.Row);
        Assert.True(Math.Abs(scilly.Row - cornwall.Row) <= 1 && Math.Abs(scilly.Col - cornwall.Col) <= 1, "Scilly beside Cornwall");
        Assert.True(cornwall.Col <= layout.Where(p => p.Row >= cornwall.Row).Min(p => p.Col) + 1, "Cornwall at the western end of the south coast");

        // The 33 London boroughs form one block: each reaches every other through neighbouring tiles of London.
        var london = layout.Where(p => p.Code.StartsWith("E09", StringComparison.Ordinal)).ToList();
        Assert.Equal(33, london.Count);
        var reached = new HashSet<TilePlace> { london[0] };
        var queue = new Queue<TilePlace>(reached);
        while (queue.Count > 0)
        {
            var p = queue.Dequeue();
            foreach (var q in london.Where(q => Math.Abs(q.Row - p.Row) <= 1 && Math.Abs(q.Col - p.Col) <= 1 && reached.Add(q))) queue.Enqueue(q);
        }
        Assert.Equal(33, reached.Count);
        // No authority is cut off from the rest but the Isles of Scilly: each has a tile next to it.
        Assert.All(layout.Where(p => p != scilly), p =>
            Assert.True(layout.Any(q => q != p && Math.Abs(q.Row - p.Row) <= 1 && Math.Abs(q.Col - p.Col) <= 1), p.Name));
        // Neighbours next to neighbours: Cambridgeshire touches Peterborough; Manchester touches Salford.
        static bool Touch(string a, string b) => TileLayout.Find(a) is { } x && TileLayout.Find(b) is { } y && Math.Abs(x.Row - y.Row) <= 1 && Math.Abs(x.Col - y.Col) <= 1;
        Assert.True(Touch(Cambridgeshire, "E06000031"));
        Assert.True(Touch("E08000003", "E08000006"));
    }

    [Fact]
    public void Each_tile_is_filled_with_its_comparison_colour_and_the_areas_own_tile_is_outlined_heavily()
    {
        var spec = Spec();
        var style = ChartStyle.Default;
        var canvas = new ChartCanvas(spec, style, ChartFonts.ResolveFamily(style.FontFamily));
        TileMapChartRenderer.Draw(canvas, spec);
        var (png, _) = canvas.Encode();
        using var bitmap = SKBitmap.Decode(png);
        SKColor At(TilePlace p, double dx, double dy)
        {
            var pixel = canvas.Plot.GetPixel(new ScottPlot.Coordinates(p.Col + dx, -p.Row + dy));
            // GetPixel gives the place in the rendered image's own pixels.
            return bitmap.GetPixel((int)Math.Round(pixel.X), (int)Math.Round(pixel.Y));
        }
        static RgbColor Rgb(SKColor c) => new(c.Red, c.Green, c.Blue);

        // A point inside the tile, clear of its label: the fill.
        foreach (var tile in spec.Tiles)
        {
            var expected = tile.Value is null ? style.BackgroundColor : style.ComparisonColor(tile.Value.Comparison);
            Assert.Equal(expected, Rgb(At(tile.Place, -0.3, 0.3)));
        }
        var cambs = spec.Tiles.Single(t => t.Highlight);
        Assert.Equal(style.WorseColor, Rgb(At(cambs.Place, -0.3, 0.3)));
        // On the tile's edge: the middle of the area's heavy outline; a little inside it the fill again. Any other tile's
        // thin outline leaves its fill just as near the edge.
        var edge = TileMapChartRenderer.TileSize / 2;
        Assert.Equal(style.TextColor, Rgb(At(cambs.Place, 0, edge)));
        Assert.Equal(style.TextColor, Rgb(At(cambs.Place, 0, edge - 0.02)));
        var other = spec.Tiles.First(t => !t.Highlight && t.Value is not null);
        Assert.Equal(style.ComparisonColor(other.Value!.Comparison), Rgb(At(other.Place, 0, edge - 0.04)));
    }

    [Fact]
    public void The_alt_text_counts_the_authorities_in_each_comparison_and_gives_the_areas_own_value()
    {
        var spec = Spec();
        var chart = TestRenderer.Default.Render(spec);
        var valued = spec.Tiles.Where(t => t.Value is not null).ToList();
        int better = valued.Count(t => t.Value!.Comparison == ComparisonCategory.Better),
            similar = valued.Count(t => t.Value!.Comparison == ComparisonCategory.Similar),
            worse = valued.Count(t => t.Value!.Comparison == ComparisonCategory.Worse);
        Assert.Equal(152, better + similar + worse);
        Assert.Equal("Tile map of alcohol-specific mortality in 2023 for England's 153 upper-tier authorities, coloured by comparison with England (15.0 per 100,000): "
            + $"{better} better, {similar} similar, {worse} worse, 1 no value. Cambridgeshire (outlined): "
            + $"{ChartFormat.Number(spec.Tiles.Single(t => t.Highlight).Value!.Value!.Value, 1)} per 100,000, worse than England.", chart.AltText);
        Assert.DoesNotContain("illustrative", chart.AltText);
    }

    [Fact]
    public void Without_a_polarity_the_counts_read_higher_similar_lower()
    {
        static ComparisonCategory Neutral(ComparisonCategory c) => c switch
        {
            ComparisonCategory.Better => ComparisonCategory.Lower,
            ComparisonCategory.Worse => ComparisonCategory.Higher,
            _ => c,
        };
        var spec = Spec(withoutValue: null);
        spec = spec with { Tiles = spec.Tiles.Select(t => t with { Value = t.Value! with { Comparison = Neutral(t.Value.Comparison) } }).ToList() };
        int higher = spec.Tiles.Count(t => t.Value!.Comparison == ComparisonCategory.Higher),
            similar = spec.Tiles.Count(t => t.Value!.Comparison == ComparisonCategory.Similar),
            lower = spec.Tiles.Count(t => t.Value!.Comparison == ComparisonCategory.Lower);
        var text = TestRenderer.Default.AltText(spec);
        Assert.Contains($": {higher} higher, {similar} similar, {lower} lower. Cambridgeshire (outlined):", text);
        Assert.Contains("higher than England.", text);
    }

    [Fact]
    public void The_data_table_lists_every_authority_and_marks_illustrative_values()
    {
        var published = TestRenderer.Default.Render(Spec()).Data;
        Assert.Equal(154, published.Rows.Count); // 153 authorities and England
        Assert.Contains(published.Rows, r => r[0] == "Isles of Scilly" && r[1] == "-" && r[4] == "No value");
        Assert.Contains(published.Rows, r => r[0] == "Cambridgeshire" && r[4] == "Worse" && r[5] == "Published" && !r[1].EndsWith('*'));
        Assert.Equal(["England", "15.0", "-", "-", "Benchmark", ""], published.Rows[^1]);

        var spec = Spec(illustrative: true);
        var chart = TestRenderer.Default.Render(spec);
        Assert.Contains(chart.Data.Rows, r => r[0] == "Cambridgeshire" && r[1].EndsWith('*') && r[5] == "Illustrative (not published)");
        Assert.Equal(152, chart.Data.Rows.Count(r => r[1].EndsWith('*')));
        Assert.EndsWith(" 152 values illustrative (marked * in the data table).", chart.AltText);
        Assert.True(chart.AltText.Length <= 300, chart.AltText);
    }

    [Fact]
    public void Tiles_that_share_a_cell_are_refused_by_name()
    {
        var spec = Spec();
        var moved = spec.Tiles.Select(t => t.Place.Code == "E06000031" ? t with { Place = t.Place with { Row = TileLayout.Find(Cambridgeshire)!.Row, Col = TileLayout.Find(Cambridgeshire)!.Col } } : t).ToList();
        var error = Assert.Throws<ArgumentException>(() => TestRenderer.Create().Render(spec with { Tiles = moved }));
        Assert.Contains("Cambridgeshire", error.Message);
        Assert.Contains("Peterborough", error.Message);
    }

    [Fact]
    public void A_tile_map_renders_an_svg_when_the_style_asks()
    {
        var chart = TestRenderer.Create(ChartStyle.Default with { IncludeSvg = true }).Render(Spec());
        var svg = System.Text.Encoding.UTF8.GetString(chart.Svg!);
        Assert.Contains("<svg", svg);
        Assert.Contains("CAM", svg);
        Assert.Contains("Worse than England", svg);
    }
}
