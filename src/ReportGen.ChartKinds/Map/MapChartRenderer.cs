using ScottPlot;

namespace ReportGen.ChartKinds;

/// <summary>
/// Draws a <see cref="MapChartSpec"/> with ScottPlot polygons on an equirectangular projection scaled by the cosine
/// of the mid latitude (true shapes at this size), axes hidden. Each area is filled with its comparison colour and
/// stroked in the same colour (so a county drawn from its districts shows no inner borders); the outer boundaries
/// are then drawn in white, the focus area's boundary in the text colour and heavier. Labels give each valued area's
/// name and value; a legend below names the colours.
/// </summary>
internal static class MapChartRenderer
{
    private static readonly RgbColor NoData = RgbColor.Parse("#D9D9D9");

    public static void Validate(MapChartSpec spec)
    {
        if (spec.Areas.Count == 0) throw new ArgumentException($"Map '{spec.Subject}' has no areas.");
        if (!spec.Areas.Any(a => a.Value is not null)) throw new ArgumentException($"Map '{spec.Subject}' has no values.");
    }

    public static void Draw(ChartCanvas canvas, MapChartSpec spec)
    {
        Validate(spec);
        var plot = canvas.Plot;
        var style = canvas.Style;
        var all = spec.Areas.SelectMany(a => a.Shape.Rings).SelectMany(r => r).ToList();
        var midLat = (all.Min(p => p.Lat) + all.Max(p => p.Lat)) / 2;
        var k = Math.Cos(midLat * Math.PI / 180);
        Coordinates Project(GeoPoint p) => new(p.Lon * k, p.Lat);

        var classes = Classes(spec);
        foreach (var area in spec.Areas)
        {
            var fill = ChartCanvas.C(area.Value is { } v ? Fill(style, classes, v) : NoData);
            foreach (var ring in area.Shape.Rings)
            {
                var polygon = plot.Add.Polygon(ring.Select(Project).ToArray());
                polygon.FillColor = fill;
                polygon.LineColor = fill;
                polygon.LineWidth = 0.5f;
            }
        }
        foreach (var area in spec.Areas.OrderBy(a => a.Highlight))
        {
            foreach (var line in area.Shape.Outline)
            {
                var pts = line.Select(Project).ToArray();
                var scatter = plot.Add.ScatterLine(pts.Select(p => p.X).ToArray(), pts.Select(p => p.Y).ToArray(),
                    ChartCanvas.C(area.Highlight ? style.TextColor : style.BackgroundColor));
                scatter.LineWidth = area.Highlight ? 2.2f : 1.0f;
                scatter.MarkerSize = 0;
            }
        }
        foreach (var area in spec.Areas.Where(a => a.Value?.Value is not null))
        {
            var (x, y) = LabelPoint(area.Shape, k);
            var text = plot.Add.Text($"{Short(area.Shape.Name)}\n{ChartFormat.Number(area.Value!.Value, spec.Decimals)}{(area.Illustrative ? "*" : "")}", x, y);
            text.LabelFontSize = canvas.LabelFont * (spec.Areas.Count > 8 ? 0.75f : 0.9f);
            text.LabelFontName = canvas.FontFamily;
            text.LabelFontColor = ChartCanvas.C(style.TextColor);
            text.LabelBackgroundColor = ChartCanvas.C(style.BackgroundColor).WithAlpha(0.8);
            text.LabelAlignment = Alignment.MiddleCenter;
            text.LabelPadding = 1;
            if (area.Highlight) canvas.MakeBold(text.LabelStyle);
        }

        plot.HideAxesAndGrid();
        plot.Axes.SquareUnits();
        var xs = all.Select(p => p.Lon * k).ToList();
        var ys = all.Select(p => p.Lat).ToList();
        var padX = (xs.Max() - xs.Min()) * 0.02;
        var padY = (ys.Max() - ys.Min()) * 0.02;
        plot.Axes.SetLimits(xs.Min() - padX, xs.Max() + padX, ys.Min() - padY, ys.Max() + padY);
        canvas.LegendBelow(LegendItems(canvas, spec));
    }

    // Shades for values that are not compared with the benchmark (no confidence limits): light to dark blue.
    private static readonly RgbColor[] Shades = [RgbColor.Parse("#DEEBF7"), RgbColor.Parse("#9ECAE1"), RgbColor.Parse("#4292C6"), RgbColor.Parse("#08519C")];

    /// <summary>
    /// When no value is compared with the benchmark, areas are shaded in four equal ranges of value instead (the
    /// comparison colours would all be the same); returns the range limits, or null when comparison colours apply.
    /// </summary>
    private static double[]? Classes(MapChartSpec spec)
    {
        var values = spec.Areas.Select(a => a.Value).OfType<ChartValue>().ToList();
        if (values.Any(v => v.Comparison is not (ComparisonCategory.None or ComparisonCategory.NotCompared))) return null;
        var numbers = values.Select(v => v.Value).OfType<double>().ToList();
        if (numbers.Count == 0) return null;
        double lo = numbers.Min(), hi = numbers.Max();
        return Enumerable.Range(0, Shades.Length + 1).Select(i => lo + (hi - lo) * i / Shades.Length).ToArray();
    }

    private static RgbColor Fill(ChartStyle style, double[]? classes, ChartValue v)
    {
        if (classes is null || v.Value is not { } x) return style.ComparisonColor(v.Comparison);
        for (var i = 0; i < Shades.Length; i++)
            if (x <= classes[i + 1] + 1e-9) return Shades[i];
        return Shades[^1];
    }

    private static IEnumerable<LegendItem> LegendItems(ChartCanvas canvas, MapChartSpec spec)
    {
        var style = canvas.Style;
        if (Classes(spec) is { } classes)
        {
            for (var i = 0; i < Shades.Length; i++)
                yield return canvas.BoxItem($"{ChartFormat.Number(classes[i], spec.Decimals)} to {ChartFormat.Number(classes[i + 1], spec.Decimals)}", Shades[i]);
            foreach (var item in Rest(canvas, spec)) yield return item;
            yield break;
        }
        foreach (var c in spec.Areas.Where(a => a.Value is not null).Select(a => a.Value!.Comparison).Distinct().OrderBy(c => c))
            yield return canvas.BoxItem(c == ComparisonCategory.None ? spec.Subject : ChartFormat.ComparisonLegend(c, spec.BenchmarkLabel), style.ComparisonColor(c));
        foreach (var item in Rest(canvas, spec)) yield return item;
    }

    private static IEnumerable<LegendItem> Rest(ChartCanvas canvas, MapChartSpec spec)
    {
        var style = canvas.Style;
        if (spec.Areas.Any(a => a.Value is null)) yield return canvas.BoxItem("No value shown", NoData);
        if (spec.Areas.Any(a => a.Highlight))
            yield return new LegendItem
            {
                LabelText = spec.Areas.First(a => a.Highlight).Shape.Name + " (outlined)",
                LineStyle = new LineStyle { Color = ChartCanvas.C(style.TextColor), Width = 2.2f },
            };
    }

    /// <summary>
    /// Where to put an area's label: of a grid of points over the area that fall inside it (even-odd over all its rings,
    /// so an enclave such as Cambridge inside South Cambridgeshire is outside), the one farthest from any edge.
    /// </summary>
    private static (double X, double Y) LabelPoint(AreaShape shape, double k)
    {
        var pts = shape.Rings.SelectMany(r => r).ToList();
        double minX = pts.Min(p => p.Lon), maxX = pts.Max(p => p.Lon), minY = pts.Min(p => p.Lat), maxY = pts.Max(p => p.Lat);
        const int steps = 24;
        (double X, double Y) best = ((minX + maxX) / 2, (minY + maxY) / 2);
        var bestDistance = -1.0;
        for (var i = 1; i < steps; i++)
        for (var j = 1; j < steps; j++)
        {
            var x = minX + (maxX - minX) * i / steps;
            var y = minY + (maxY - minY) * j / steps;
            if (!Inside(shape, x, y)) continue;
            var d = EdgeDistance(shape, x, y, k);
            if (d > bestDistance) { bestDistance = d; best = (x, y); }
        }
        return (best.X * k, best.Y);
    }

    private static bool Inside(AreaShape shape, double x, double y)
    {
        var inside = false;
        foreach (var ring in shape.Rings)
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
                if ((ring[i].Lat > y) != (ring[j].Lat > y)
                    && x < (ring[j].Lon - ring[i].Lon) * (y - ring[i].Lat) / (ring[j].Lat - ring[i].Lat) + ring[i].Lon)
                    inside = !inside;
        return inside;
    }

    private static double EdgeDistance(AreaShape shape, double x, double y, double k)
    {
        var best = double.MaxValue;
        foreach (var ring in shape.Rings)
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                double ax = ring[j].Lon * k, ay = ring[j].Lat, bx = ring[i].Lon * k, by = ring[i].Lat, px = x * k, py = y;
                double dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
                var t = len == 0 ? 0 : Math.Clamp(((px - ax) * dx + (py - ay) * dy) / len, 0, 1);
                var ex = ax + t * dx - px;
                var ey = ay + t * dy - py;
                best = Math.Min(best, ex * ex + ey * ey);
            }
        return best;
    }

    private static string Short(string name) => name
        .Replace("Cambridgeshire", "Cambs", StringComparison.Ordinal)
        .Replace("Northamptonshire", "Northants", StringComparison.Ordinal)
        .Replace("Bedfordshire", "Beds", StringComparison.Ordinal);
}
