using ScottPlot;

namespace ReportGen.ChartKinds;

/// <summary>
/// Draws a <see cref="TileMapChartSpec"/>: one square per authority at its row and column (row 0 at the top), filled
/// with its comparison colour and outlined; an authority without a value is an empty tile with a dotted outline. Each
/// tile carries its three-letter label when the tiles are big enough for the smallest house font, in the text colour
/// that contrasts best with the fill. The report's area gets a heavy outline, a bold label and its name in the legend.
/// </summary>
internal static class TileMapChartRenderer
{
    /// <summary>The share of a cell a tile fills (the rest is the gap between tiles).</summary>
    internal const double TileSize = 0.9;

    public static void Validate(TileMapChartSpec spec)
    {
        if (spec.Tiles.Count == 0) throw new ArgumentException($"Tile map '{spec.Subject}' has no tiles.");
        if (!spec.Tiles.Any(t => t.Value?.Value is not null)) throw new ArgumentException($"Tile map '{spec.Subject}' has no values.");
        var shared = spec.Tiles.GroupBy(t => (t.Place.Row, t.Place.Col)).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
            throw new ArgumentException($"Tile map '{spec.Subject}': {string.Join(" and ", shared.Select(t => t.Place.Name))} share row {shared.Key.Row}, column {shared.Key.Col}.");
    }

    /// <summary>The fill of a tile: its comparison colour, or the background for a tile without a value.</summary>
    public static RgbColor Fill(ChartStyle style, MapTile tile) =>
        tile.Value?.Value is null ? style.BackgroundColor : style.ComparisonColor(tile.Value.Comparison);

    public static void Draw(ChartCanvas canvas, TileMapChartSpec spec)
    {
        Validate(spec);
        var plot = canvas.Plot;
        var style = canvas.Style;
        int rows = spec.Tiles.Max(t => t.Place.Row) + 1, cols = spec.Tiles.Max(t => t.Place.Col) + 1;
        const double half = TileSize / 2;

        // The focus tile last, so its heavy outline is drawn over its neighbours' thin ones.
        foreach (var tile in spec.Tiles.OrderBy(t => t.Highlight))
        {
            double x = tile.Place.Col, y = -tile.Place.Row;
            var square = plot.Add.Rectangle(x - half, x + half, y - half, y + half);
            var empty = tile.Value?.Value is null;
            square.FillStyle.Color = ChartCanvas.C(Fill(style, tile));
            square.LineStyle.Color = ChartCanvas.C(tile.Highlight ? style.TextColor : empty ? style.AxisColor : style.OutlineColor);
            square.LineStyle.Width = tile.Highlight ? 2.4f : 0.6f;
            if (empty && !tile.Highlight) square.LineStyle.Pattern = LinePattern.Dotted;
        }

        plot.HideAxesAndGrid();
        plot.Axes.SetLimits(-0.6, cols - 0.4, -(rows - 0.4), 0.6);
        plot.Axes.SquareUnits();
        LegendInTheSea(canvas, LegendItems(canvas, spec).ToList());

        // Labels: the smallest house font, only if three letters fit on a tile.
        var area = canvas.MeasureDataArea();
        var tilePt = Math.Min(area.Width / cols, area.Height / rows) * TileSize;
        var font = (float)style.MinimumFontSizePt;
        var fits = spec.Tiles.All(t => canvas.Text.Width(t.Place.Label, font) <= tilePt * 0.96);
        foreach (var tile in spec.Tiles)
        {
            if (!fits && !tile.Highlight) continue;
            var text = plot.Add.Text(tile.Place.Label, tile.Place.Col, -tile.Place.Row);
            text.LabelFontSize = font;
            text.LabelFontName = canvas.FontFamily;
            text.LabelFontColor = ChartCanvas.C(tile.Value?.Value is null ? style.AxisColor : style.TextColorOn(Fill(style, tile)));
            text.LabelAlignment = Alignment.MiddleCenter;
            if (tile.Highlight) canvas.MakeBold(text.LabelStyle);
        }
    }

    /// <summary>
    /// The legend in the top right corner of the picture, where England's outline leaves the North Sea empty: the
    /// house legend's font and colours, one entry a line, so the map keeps the chart's full height.
    /// </summary>
    private static void LegendInTheSea(ChartCanvas canvas, IReadOnlyList<LegendItem> items)
    {
        var style = canvas.Style;
        var legend = canvas.Plot.Legend;
        legend.DisplayPlottableLegendItems = false;
        legend.ManualItems.Clear();
        legend.ManualItems.AddRange(items);
        legend.FontSize = canvas.LabelFont;
        legend.FontColor = ChartCanvas.C(style.TextColor);
        legend.FontName = canvas.FontFamily;
        legend.OutlineWidth = 0;
        legend.BackgroundColor = ChartCanvas.C(style.BackgroundColor);
        legend.ShadowColor = Colors.Transparent;
        legend.SymbolWidth = 26;
        legend.SymbolPadding = 4;
        legend.InterItemPadding = new PixelPadding(0, 0, 2, 2);
        legend.Padding = new PixelPadding(2, 2, 2, 2);
        legend.Margin = new PixelPadding(0);
        canvas.Plot.ShowLegend(Alignment.UpperRight, Orientation.Vertical);
    }

    /// <summary>The order categories are named in, legend and alt text alike: better, higher, similar, lower, worse, not compared.</summary>
    internal static int Order(ComparisonCategory c) => c switch
    {
        ComparisonCategory.Better => 0,
        ComparisonCategory.Higher => 1,
        ComparisonCategory.Similar => 2,
        ComparisonCategory.Lower => 3,
        ComparisonCategory.Worse => 4,
        _ => 5,
    };

    private static IEnumerable<LegendItem> LegendItems(ChartCanvas canvas, TileMapChartSpec spec)
    {
        var style = canvas.Style;
        foreach (var c in spec.Tiles.Where(t => t.Value?.Value is not null).Select(t => t.Value!.Comparison).Distinct().OrderBy(Order))
            yield return canvas.BoxItem(ChartFormat.ComparisonLegend(c, spec.BenchmarkLabel), style.ComparisonColor(c));
        if (spec.Tiles.Any(t => t.Value?.Value is null))
            yield return new LegendItem
            {
                LabelText = "No value",
                FillStyle = new FillStyle { Color = ChartCanvas.C(style.BackgroundColor) },
                OutlineStyle = new LineStyle { Color = ChartCanvas.C(style.AxisColor), Width = 0.75f, Pattern = LinePattern.Dotted },
            };
        if (spec.Tiles.FirstOrDefault(t => t.Highlight) is { } focus)
            yield return new LegendItem
            {
                // A long name goes on a line of its own, so the legend stays clear of the map's north-east corner.
                LabelText = focus.Place.Name.Length > 16 ? $"{focus.Place.Name}\n({focus.Place.Label}, outlined)" : $"{focus.Place.Name} ({focus.Place.Label}, outlined)",
                FillStyle = new FillStyle { Color = ChartCanvas.C(style.BackgroundColor) },
                OutlineStyle = new LineStyle { Color = ChartCanvas.C(style.TextColor), Width = 2.4f },
            };
    }
}
