using ScottPlot;

namespace ReportGen.ChartKinds;

/// <summary>
/// Draws a Fingertips-style spine chart. The whole figure is laid out in points on a frameless
/// plot (one plot unit = one point), so the text columns line up exactly: indicator, period, area
/// value, benchmark value, the spine, and the comparison in words. Each row is normalised so the
/// benchmark sits in the centre, worst on the left and best on the right.
/// </summary>
internal static class SpineChartRenderer
{
    private const double Pad = 4;
    private const double ColumnGap = 7;
    private const double RowAir = 3;

    public static void Validate(SpineChartSpec spec)
    {
        if (spec.Rows.Count == 0) throw new ArgumentException($"Spine chart '{spec.Subject}' has no rows.");
        foreach (var r in spec.Rows)
            if (!double.IsFinite(r.AreaValue) || !double.IsFinite(r.EnglandValue))
                throw new ArgumentException($"Spine chart '{spec.Subject}': row '{r.Indicator}' needs finite area and {spec.BenchmarkName} values.");
    }

    /// <summary>The marker shape that carries a comparison alongside its colour.</summary>
    public static MarkerShape ShapeFor(ComparisonCategory c) => c switch
    {
        ComparisonCategory.Better => MarkerShape.FilledCircle,
        ComparisonCategory.Similar => MarkerShape.FilledDiamond,
        ComparisonCategory.Worse => MarkerShape.FilledSquare,
        ComparisonCategory.Higher => MarkerShape.FilledTriangleUp,
        ComparisonCategory.Lower => MarkerShape.FilledTriangleDown,
        ComparisonCategory.NotCompared => MarkerShape.OpenCircle,
        _ => MarkerShape.FilledCircle,
    };

    /// <summary>Where a value sits along the spine, from -1 (worst end) through 0 (benchmark) to 1 (best end).</summary>
    public static double Normalise(SpineRow row, double value)
    {
        var reach = Math.Max(Math.Abs(row.Worst - row.EnglandValue), Math.Abs(row.Best - row.EnglandValue));
        if (!(reach > 0) || !double.IsFinite(reach)) return 0;
        var direction = row.Best >= row.Worst ? 1 : -1;
        return Math.Clamp(direction * (value - row.EnglandValue) / reach, -1, 1);
    }

    public static double SuggestHeightCm(SpineChartSpec spec, ChartStyle style, string fontFamily)
    {
        Validate(spec);
        var widthPt = spec.WidthCm / 2.54 * 72;
        var layout = Plan(spec, style, new TextMeasurer(fontFamily), widthPt, double.MaxValue);
        return layout.TotalHeight / 72 * 2.54;
    }

    private sealed record Column(string[] Header, double X, double Width, bool RightAligned);

    private sealed record Layout(double FontSize, double LineHeight, Column Indicator, Column Period, Column Area, Column Benchmark,
        double SpineLeft, double SpineRight, Column Comparison, string[][] IndicatorLines, double[] RowHeights,
        double HeaderHeight, double TotalHeight, double TotalWidth, List<KeyItem> Key);

    // Measures every piece of text and decides column widths and row heights; shrinks the font
    // (down to the style's minimum) until the rows fit the available height.
    private static Layout Plan(SpineChartSpec spec, ChartStyle style, TextMeasurer text, double widthPt, double heightPt)
    {
        Layout? layout = null;
        for (var fs = style.LabelFontSizePt; fs >= style.MinimumFontSizePt - 1e-9; fs -= 0.5)
        {
            layout = PlanAt(spec, style, text, widthPt, fs);
            if (layout.TotalHeight <= heightPt && layout.TotalWidth <= widthPt + 0.5) break;
        }
        return layout!;
    }

    private static Layout PlanAt(SpineChartSpec spec, ChartStyle style, TextMeasurer text, double widthPt, double fs)
    {
        var lh = text.LineHeight(fs) * 1.12;
        double Widest(IEnumerable<string> items, bool bold = false) => items.Select(s => text.Width(s, fs, bold)).DefaultIfEmpty(0).Max();
        string[] HeaderLines(string h, double max) => text.Wrap(h, fs, max, bold: true).ToArray();

        var decimals = spec.Decimals;
        var periodHeader = new[] { "Period" };
        var areaHeader = HeaderLines(spec.AreaName, 70);
        var benchHeader = HeaderLines(spec.BenchmarkName, 60);
        var compHeader = HeaderLines($"Compared with {spec.BenchmarkName}", 70);

        var periodW = Math.Max(Widest(spec.Rows.Select(r => r.Period)), Widest(periodHeader, true));
        var areaW = Math.Max(Widest(spec.Rows.Select(r => ChartFormat.Number(r.AreaValue, decimals))), Widest(areaHeader, true));
        var benchW = Math.Max(Widest(spec.Rows.Select(r => ChartFormat.Number(r.EnglandValue, decimals))), Widest(benchHeader, true));
        var compW = Math.Max(Widest(spec.Rows.Select(r => ChartFormat.ComparisonWord(r.Comparison))), Widest(compHeader, true));

        // The spine needs room for its three header labels and gets 40% of what the other columns leave (at least a fifth
        // of the width); the indicator names get the rest. Where names would wrap, the spine gives up width down to a
        // sixth, since every wrapped name adds a line to the chart's height; a name that still does not fit wraps.
        var rest = widthPt - 2 * Pad - 5 * ColumnGap - periodW - areaW - benchW - compW;
        var spineHeader = Widest(["Worst/", "Lowest"], true) + Widest(["Best/", "Highest"], true) + 16;
        var spineW = Math.Max(rest * 0.4, Math.Max(widthPt * 0.2, spineHeader));
        var indicatorW = rest - spineW;
        var names = Widest(spec.Rows.Select(r => r.Indicator)) + 1;
        if (names > indicatorW)
        {
            indicatorW = Math.Max(indicatorW, Math.Min(names, rest - Math.Max(widthPt / 6, spineHeader)));
            spineW = rest - indicatorW;
        }
        indicatorW = Math.Max(indicatorW, widthPt * 0.2);

        var x = Pad;
        var indicator = new Column(["Indicator"], x, indicatorW, false); x += indicatorW + ColumnGap;
        var period = new Column(periodHeader, x, periodW, false); x += periodW + ColumnGap;
        var area = new Column(areaHeader, x, areaW, true); x += areaW + ColumnGap;
        var bench = new Column(benchHeader, x, benchW, true); x += benchW + ColumnGap;
        var spineLeft = x; x += spineW;
        var spineRight = x; x += ColumnGap;
        var comp = new Column(compHeader, x, compW, false);
        var totalWidth = x + compW + Pad;

        var lines = spec.Rows.Select(r => text.Wrap(r.Indicator, fs, indicatorW).ToArray()).ToArray();
        // A row is its lines plus a little air (RowAir): tight enough that a dozen headline indicators with their caption
        // and source share a page with the text that introduces them.
        var rowHeights = lines.Select(l => Math.Max(1, l.Length) * lh + RowAir).ToArray();
        var headerLines = new[] { areaHeader.Length, benchHeader.Length, compHeader.Length, 2 }.Max();
        var headerHeight = headerLines * lh + 6;
        var key = PlanKey(spec, style, text, widthPt, fs, lh);
        var total = Pad + headerHeight + rowHeights.Sum() + 6 + KeyHeight(key, lh) + Pad;
        return new Layout(fs, lh, indicator, period, area, bench, spineLeft, spineRight, comp, lines, rowHeights, headerHeight, total, totalWidth, key);
    }

    public static void Draw(ChartCanvas canvas, SpineChartSpec spec)
    {
        Validate(spec);
        var plot = canvas.Plot;
        var style = canvas.Style;
        double w = canvas.WidthPt, h = canvas.HeightPt;
        var layout = Plan(spec, style, canvas.Text, w, h);

        // One plot unit is one point, measured from the bottom-left corner.
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.Layout.Fixed(new PixelPadding(0, 0, 0, 0));
        plot.Axes.SetLimits(0, w, 0, h);
        double Y(double fromTop) => h - fromTop;

        var available = h - 2 * Pad - layout.HeaderHeight - 6 - KeyHeight(layout.Key, layout.LineHeight);
        var squeeze = Math.Min(1, available / layout.RowHeights.Sum());
        var fs = (float)layout.FontSize;

        // Header row.
        var top = Pad;
        foreach (var col in new[] { layout.Indicator, layout.Period, layout.Area, layout.Benchmark, layout.Comparison })
            AddText(canvas, string.Join('\n', col.Header), col.RightAligned ? col.X + col.Width : col.X, Y(top + layout.HeaderHeight - 4),
                col.RightAligned ? Alignment.LowerRight : Alignment.LowerLeft, fs, bold: true);
        var spineX0 = layout.SpineLeft + 4;
        var spineX1 = layout.SpineRight - 4;
        AddText(canvas, "Worst/\nLowest", spineX0, Y(top + layout.HeaderHeight - 4), Alignment.LowerLeft, fs, bold: true);
        AddText(canvas, "Best/\nHighest", spineX1, Y(top + layout.HeaderHeight - 4), Alignment.LowerRight, fs, bold: true);
        // "England range" goes in the middle only when it clears the two end labels.
        double HeaderWidth(params string[] lines) => lines.Max(l => canvas.Text.Width(l, fs, bold: true));
        var centreRoom = spineX1 - spineX0 - 2 * Math.Max(HeaderWidth("Worst/", "Lowest"), HeaderWidth("Best/", "Highest")) - 8;
        if (HeaderWidth(spec.BenchmarkName, "range") <= centreRoom)
            AddText(canvas, $"{spec.BenchmarkName}\nrange", (spineX0 + spineX1) / 2, Y(top + layout.HeaderHeight - 4), Alignment.LowerCenter, fs, bold: true);
        top += layout.HeaderHeight;
        AddRule(canvas, top, style.AxisColor, 0.9f);

        var centre = (spineX0 + spineX1) / 2;
        var half = (spineX1 - spineX0) / 2;
        double X(SpineRow r, double v) => centre + Normalise(r, v) * half;

        for (var i = 0; i < spec.Rows.Count; i++)
        {
            var r = spec.Rows[i];
            var rowH = layout.RowHeights[i] * squeeze;
            var mid = Y(top + rowH / 2);
            AddText(canvas, string.Join('\n', layout.IndicatorLines[i]), layout.Indicator.X, mid, Alignment.MiddleLeft, fs);
            AddText(canvas, r.Period, layout.Period.X, mid, Alignment.MiddleLeft, fs);
            AddText(canvas, ChartFormat.Number(r.AreaValue, spec.Decimals), layout.Area.X + layout.Area.Width, mid, Alignment.MiddleRight, fs);
            AddText(canvas, ChartFormat.Number(r.EnglandValue, spec.Decimals), layout.Benchmark.X + layout.Benchmark.Width, mid, Alignment.MiddleRight, fs);
            AddText(canvas, ChartFormat.ComparisonWord(r.Comparison), layout.Comparison.X, mid, Alignment.MiddleLeft, fs);

            // The benchmark range: pale worst-to-best bar, darker inter-quartile band, benchmark line, area marker.
            var barHalf = Math.Min(rowH - 4, layout.LineHeight * 1.05) / 2;
            AddBox(canvas, X(r, r.Worst), X(r, r.Best), mid - barHalf, mid + barHalf, style.SpineRangeColor);
            AddBox(canvas, X(r, r.Percentile25), X(r, r.Percentile75), mid - barHalf, mid + barHalf, style.SpineQuartileColor);
            var line = plot.Add.Line(centre, mid - barHalf - 1.5, centre, mid + barHalf + 1.5);
            line.LineColor = ChartCanvas.C(style.BenchmarkColor);
            line.LineWidth = (float)style.LineWidthPt;
            AddMarker(canvas, X(r, r.AreaValue), mid, r.Comparison, (float)(barHalf * 2 * 0.95));

            top += rowH;
            AddRule(canvas, top, style.GridColor, 0.75f);
        }

        DrawKey(canvas, layout.Key, top + 6, fs, layout.LineHeight);
    }

    // One entry of the key under the rows: a comparison marker, the benchmark line or a range swatch.
    private sealed record KeyItem(string Label, ComparisonCategory? Comparison, RgbColor? Fill, double X, int Line, double Symbol);

    // Lays the key out left to right, wrapping to new lines; used for both the height plan and drawing.
    private static List<KeyItem> PlanKey(SpineChartSpec spec, ChartStyle style, TextMeasurer text, double widthPt, double fs, double lh)
    {
        var markerSize = lh * 0.85;
        var entries = spec.Rows.Select(r => r.Comparison).Distinct().OrderBy(c => c)
            .Select(c => (Label: c == ComparisonCategory.None ? spec.AreaName : ChartFormat.ComparisonLegend(c, spec.BenchmarkName),
                Comparison: (ComparisonCategory?)c, Fill: (RgbColor?)null, Symbol: markerSize))
            .Append(($"{spec.BenchmarkName} value", null, null, 4))
            .Append(($"{spec.BenchmarkName} range", null, style.SpineRangeColor, 14))
            .Append(("25th to 75th percentile", null, style.SpineQuartileColor, 14));

        var items = new List<KeyItem>();
        double x = Pad;
        var line = 0;
        foreach (var e in entries)
        {
            var width = e.Symbol + 4 + text.Width(e.Label, fs) + 12;
            if (x > Pad && x + width > widthPt - Pad) { x = Pad; line++; }
            items.Add(new KeyItem(e.Label, e.Comparison, e.Fill, x, line, e.Symbol));
            x += width;
        }
        return items;
    }

    private static double KeyHeight(List<KeyItem> key, double lh) => (key.Max(k => k.Line) + 1) * lh * 1.25 + 6;

    private static void DrawKey(ChartCanvas canvas, List<KeyItem> key, double top, float fs, double lh)
    {
        var style = canvas.Style;
        double Y(double fromTop) => canvas.HeightPt - fromTop;
        foreach (var k in key)
        {
            var y = Y(top + lh / 2 + k.Line * lh * 1.25);
            if (k.Comparison is { } c)
                AddMarker(canvas, k.X + k.Symbol / 2, y, c, (float)k.Symbol);
            else if (k.Fill is { } fill)
                AddBox(canvas, k.X, k.X + k.Symbol, y - lh * 0.35, y + lh * 0.35, fill);
            else
            {
                var line = canvas.Plot.Add.Line(k.X + 2, y - lh * 0.45, k.X + 2, y + lh * 0.45);
                line.LineColor = ChartCanvas.C(style.BenchmarkColor);
                line.LineWidth = (float)style.LineWidthPt;
            }
            AddText(canvas, k.Label, k.X + k.Symbol + 4, y, Alignment.MiddleLeft, fs);
        }
    }

    private static void AddText(ChartCanvas canvas, string text, double x, double y, Alignment alignment, float size, bool bold = false)
    {
        if (string.IsNullOrEmpty(text)) return;
        var t = canvas.Plot.Add.Text(text, x, y);
        t.LabelFontSize = size;
        t.LabelFontName = canvas.FontFamily;
        t.LabelFontColor = ChartCanvas.C(canvas.Style.TextColor);
        t.LabelAlignment = alignment;
        if (bold) canvas.MakeBold(t.LabelStyle);
        t.LabelPadding = 0;
    }

    private static void AddBox(ChartCanvas canvas, double x1, double x2, double y1, double y2, RgbColor fill)
    {
        var box = canvas.Plot.Add.Rectangle(Math.Min(x1, x2), Math.Max(x1, x2), Math.Min(y1, y2), Math.Max(y1, y2));
        box.FillColor = ChartCanvas.C(fill);
        box.LineWidth = 0;
    }

    private static void AddRule(ChartCanvas canvas, double fromTop, RgbColor color, float width)
    {
        var y = canvas.HeightPt - fromTop;
        var rule = canvas.Plot.Add.Line(Pad, y, canvas.WidthPt - Pad, y);
        rule.LineColor = ChartCanvas.C(color);
        rule.LineWidth = width;
    }

    private static void AddMarker(ChartCanvas canvas, double x, double y, ComparisonCategory c, float size)
    {
        var style = canvas.Style;
        var marker = canvas.Plot.Add.Marker(x, y, ShapeFor(c), size, ChartCanvas.C(style.ComparisonColor(c)));
        marker.MarkerStyle.OutlineColor = ChartCanvas.C(style.OutlineColor);
        marker.MarkerStyle.OutlineWidth = 0.9f;
        if (c == ComparisonCategory.NotCompared)
        {
            marker.MarkerStyle.LineColor = ChartCanvas.C(style.OutlineColor);
            marker.MarkerStyle.LineWidth = 1.2f;
        }
    }
}
