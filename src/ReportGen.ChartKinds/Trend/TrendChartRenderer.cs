using ScottPlot;

namespace ReportGen.ChartKinds;

/// <summary>
/// Draws a trend chart: periods as category labels, the focus area as a heavy line with markers
/// and 95% confidence interval whiskers, the region and benchmark as lines that differ in pattern
/// and marker shape as well as colour. Missing values leave gaps.
/// </summary>
internal static class TrendChartRenderer
{
    // Line pattern and marker for each role, so series stay apart without colour.
    private static readonly MarkerShape[] OtherMarkers =
        [MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond];
    private static readonly LinePattern[] OtherPatterns = [LinePattern.Dashed, LinePattern.Dotted, LinePattern.Solid];

    public static void Validate(TrendChartSpec spec)
    {
        if (spec.Periods.Count == 0) throw new ArgumentException($"Trend chart '{spec.Subject}' has no periods.");
        if (spec.Series.Count == 0) throw new ArgumentException($"Trend chart '{spec.Subject}' has no series.");
        foreach (var s in spec.Series)
            if (s.Values.Count != spec.Periods.Count)
                throw new ArgumentException($"Trend chart '{spec.Subject}': series '{s.Name}' has {s.Values.Count} values for {spec.Periods.Count} periods.");
    }

    /// <summary>Index of the benchmark series, or -1 when there is only the focus series.</summary>
    public static int BenchmarkIndex(TrendChartSpec spec)
    {
        if (spec.BenchmarkSeries is { } name)
        {
            for (var i = 0; i < spec.Series.Count; i++)
                if (string.Equals(spec.Series[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        for (var i = 1; i < spec.Series.Count; i++)
            if (string.Equals(spec.Series[i].Name, "England", StringComparison.OrdinalIgnoreCase)) return i;
        return spec.Series.Count > 1 ? spec.Series.Count - 1 : -1;
    }

    public static void Draw(ChartCanvas canvas, TrendChartSpec spec)
    {
        Validate(spec);
        var plot = canvas.Plot;
        var style = canvas.Style;
        var n = spec.Periods.Count;
        var xs = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        var benchmark = BenchmarkIndex(spec);
        var legend = new List<LegendItem>();

        // Draw others first and the focus area last so it sits on top.
        var order = Enumerable.Range(1, spec.Series.Count - 1).Append(0).ToArray();
        var otherIndex = 0;
        var looks = new (RgbColor Color, LinePattern Pattern, MarkerShape Marker, float Width)[spec.Series.Count];
        for (var i = 0; i < spec.Series.Count; i++)
        {
            if (i == 0) looks[i] = (style.FocusColor, LinePattern.Solid, MarkerShape.FilledCircle, (float)(style.LineWidthPt * 1.35));
            else if (i == benchmark) looks[i] = (style.BenchmarkColor, LinePattern.DenselyDashed, MarkerShape.FilledSquare, (float)style.LineWidthPt);
            else
            {
                var k = otherIndex++;
                looks[i] = (style.LineSeriesColor(k + 1), OtherPatterns[k % OtherPatterns.Length], OtherMarkers[k % OtherMarkers.Length], (float)style.LineWidthPt);
            }
        }

        var showCi = spec.ShowConfidenceIntervals && spec.Series[0].Values.Any(v => v.Lower is not null && v.Upper is not null && v.Value is not null);
        if (showCi) AddConfidenceIntervals(canvas, spec.Series[0], xs);

        foreach (var i in order)
        {
            var series = spec.Series[i];
            var look = looks[i];
            var ys = series.Values.Select(v => v.Value is { } y && double.IsFinite(y) ? y : double.NaN).ToArray();
            var scatter = plot.Add.Scatter(xs, ys, ChartCanvas.C(look.Color));
            scatter.LineWidth = look.Width;
            scatter.LinePattern = look.Pattern;
            scatter.MarkerShape = look.Marker;
            scatter.MarkerSize = (float)style.MarkerSizePt * (i == 0 ? 1.15f : 1f);
            scatter.MarkerStyle.FillColor = ChartCanvas.C(look.Color);
            scatter.MarkerStyle.LineColor = ChartCanvas.C(look.Color);
            scatter.MarkerStyle.LineWidth = 1;
        }

        for (var i = 0; i < spec.Series.Count; i++)
        {
            var look = looks[i];
            legend.Add(new LegendItem
            {
                LabelText = spec.Series[i].Name,
                LineStyle = new LineStyle { Color = ChartCanvas.C(look.Color), Width = look.Width, Pattern = look.Pattern },
                MarkerStyle = new MarkerStyle(look.Marker, (float)style.MarkerSizePt, ChartCanvas.C(look.Color)),
            });
        }
        if (showCi)
        {
            legend.Add(new LegendItem
            {
                LabelText = "95% confidence interval",
                LineStyle = LineStyle.None,
                MarkerStyle = new MarkerStyle(MarkerShape.VerticalBar, (float)style.MarkerSizePt * 1.8f, ChartCanvas.C(style.FocusColor)) { LineWidth = 1.2f },
            });
        }
        canvas.LegendBelow(legend);

        // Value axis from zero (or below when there are negative values) to a round number.
        var all = spec.Series.SelectMany(s => s.Values.SelectMany(v => new[] { v.Value, showCi ? v.Upper : null, showCi ? v.Lower : null }));
        var (bottom, top, step) = AxisRange.Scale(AxisRange.Min(all) * 1.03, AxisRange.Max(all) * 1.03);
        plot.Axes.SetLimitsY(bottom, top);
        plot.Axes.SetLimitsX(-0.5, n - 0.5);
        AxisRange.SetTicks(plot.Axes.Left, bottom, top, step);
        plot.Axes.Left.Label.Text = spec.ValueAxisLabel;
        plot.Axes.Bottom.Label.Text = spec.PeriodAxisLabel;

        // Periods go on as text ticks; first lay out to learn how wide the data area is.
        plot.Axes.Bottom.SetTicks(xs, spec.Periods.ToArray());
        var area = canvas.MeasureDataArea();
        CategoryAxisLayout.ApplyBottom(canvas, plot.Axes.Bottom, spec.Periods, xs, area.Width, n, allowWrap: false);
    }

    private static void AddConfidenceIntervals(ChartCanvas canvas, TrendSeries focus, double[] xs)
    {
        var x = new List<double>();
        var y = new List<double>();
        var up = new List<double>();
        var down = new List<double>();
        for (var i = 0; i < focus.Values.Count; i++)
        {
            var v = focus.Values[i];
            if (v.Value is not { } value || v.Lower is not { } lower || v.Upper is not { } upper) continue;
            x.Add(xs[i]);
            y.Add(value);
            up.Add(Math.Max(0, upper - value));
            down.Add(Math.Max(0, value - lower));
        }
        var bars = new ScottPlot.Plottables.ErrorBar(x, y, null, null, up, down)
        {
            Color = ChartCanvas.C(canvas.Style.FocusColor),
            LineWidth = 1.1f,
            CapSize = 5,
        };
        canvas.Plot.Add.Plottable(bars);
    }
}
