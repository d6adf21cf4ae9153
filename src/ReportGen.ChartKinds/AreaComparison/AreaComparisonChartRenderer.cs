using ScottPlot;
using ScottPlot.TickGenerators;

namespace ReportGen.ChartKinds;

/// <summary>
/// Draws areas as horizontal bars with 95% whiskers against a labelled benchmark line. Bars are
/// coloured by comparison and the comparison is also written beside each bar, so colour is never
/// the only cue. The highlighted (focus) area gets a heavy outline.
/// </summary>
internal static class AreaComparisonChartRenderer
{
    public static void Validate(AreaComparisonChartSpec spec)
    {
        if (spec.Bars.Count == 0) throw new ArgumentException($"Area comparison chart '{spec.Subject}' has no bars.");
    }

    /// <summary>Bars in display order, top first.</summary>
    public static IReadOnlyList<AreaBar> Ordered(AreaComparisonChartSpec spec) => spec.SortDescending
        ? spec.Bars.OrderByDescending(b => b.Value.Value ?? double.NegativeInfinity).ToList()
        : spec.Bars;

    public static void Draw(ChartCanvas canvas, AreaComparisonChartSpec spec)
    {
        Validate(spec);
        var plot = canvas.Plot;
        var style = canvas.Style;
        var bars = Ordered(spec);
        var n = bars.Count;
        var positions = Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray();

        var scottBars = new List<Bar>();
        for (var i = 0; i < n; i++)
        {
            var v = bars[i].Value;
            if (v.Value is not { } value || !double.IsFinite(value)) continue;
            scottBars.Add(new Bar
            {
                Position = positions[i],
                Value = value,
                Size = 0.66,
                FillColor = ChartCanvas.C(style.ComparisonColor(v.Comparison)),
                LineColor = ChartCanvas.C(bars[i].Highlight ? style.TextColor : style.OutlineColor),
                LineWidth = bars[i].Highlight ? 2.2f : 0.75f,
                Orientation = Orientation.Horizontal,
            });
        }
        var barPlot = plot.Add.Bars(scottBars);
        barPlot.Horizontal = true;

        AddWhiskers(canvas, bars, positions);

        var all = bars.SelectMany(b => new[] { b.Value.Value, b.Value.Upper }).Append(spec.BenchmarkValue);
        var (left, right, step) = AxisRange.Scale(0, AxisRange.Max(all) * 1.02);
        plot.Axes.SetLimitsX(left, right);
        plot.Axes.SetLimitsY(-0.6, n - 0.4);
        plot.Axes.SetLimitsY(-0.6, n - 0.4, plot.Axes.Right);
        AxisRange.SetTicks(plot.Axes.Bottom, left, right, step);
        plot.Axes.Bottom.Label.Text = spec.ValueAxisLabel;

        // Vertical gridlines help read values off horizontal bars.
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.YAxisStyle.IsVisible = false;

        if (spec.BenchmarkValue is { } benchmark)
        {
            var line = plot.Add.VerticalLine(benchmark, (float)style.LineWidthPt, ChartCanvas.C(style.BenchmarkColor), LinePattern.Dashed);
            line.Text = $"{spec.BenchmarkLabel}: {ChartFormat.Number(benchmark, spec.Decimals)}";
            line.LabelOppositeAxis = true;
            line.LabelFontSize = canvas.LabelFont;
            line.LabelFontColor = ChartCanvas.C(style.TextColor);
            line.LabelBackgroundColor = ChartCanvas.C(style.BackgroundColor);
            line.LabelFontName = canvas.FontFamily;
            line.ExcludeFromLegend = true;
            plot.Axes.Top.MinimumSize = (float)(canvas.Text.LineHeight(canvas.LabelFont) + 8);
        }

        // Area names on the left; value and comparison as a text column on the right.
        var dataArea = canvas.MeasureDataArea();
        CategoryAxisLayout.ApplyLeft(canvas, plot.Axes.Left, bars.Select(b => b.Label).ToList(), positions,
            dataArea.Height, n + 0.2, canvas.WidthPt * 0.3);
        AddValueColumns(canvas, spec, bars, positions);

        canvas.LegendBelow(LegendItems(canvas, spec, bars));
    }

    /// <summary>The smallest row a bar may have, as a multiple of the label's line height: every area keeps its own label.</summary>
    internal const double MinimumRowInLines = 1.2;

    /// <summary>
    /// The spec's height, raised where the bars' rows would be thinner than <see cref="MinimumRowInLines"/> label lines
    /// once the axes, the England label and the legend have taken their room (labels of rows thinner than a line are
    /// thinned out).
    /// </summary>
    public static double SuggestHeightCm(AreaComparisonChartSpec spec, ChartStyle style, string fontFamily)
    {
        Validate(spec);
        var canvas = new ChartCanvas(spec, style, fontFamily);
        Draw(canvas, spec);
        var rows = spec.Bars.Count;
        var needed = rows * canvas.Text.LineHeight(style.LabelFontSizePt) * MinimumRowInLines;
        var shortBy = needed - canvas.MeasureFinalDataArea().Height;
        return shortBy > 0 ? spec.HeightCm + (shortBy / 72 * 2.54) : spec.HeightCm;
    }

    // Two text columns on the right: the value (right-aligned, so decimal points line up) and the
    // comparison in words, each on its own right-hand axis that shares the bars' vertical scale.
    private static void AddValueColumns(ChartCanvas canvas, AreaComparisonChartSpec spec, IReadOnlyList<AreaBar> bars, double[] positions)
    {
        var plot = canvas.Plot;
        var numbers = bars.Select(b => ChartFormat.Number(b.Value.Value, spec.Decimals, b.Value.Note)).ToArray();
        var words = bars.Select(b => ChartFormat.ComparisonWord(b.Value.Comparison)).ToArray();
        var numberWidth = numbers.Max(n => canvas.Text.Width(n, canvas.LabelFont));

        var valueAxis = plot.Axes.Right;
        valueAxis.TickGenerator = new NumericManual(positions, numbers);
        // ScottPlot forces left alignment on unrotated right-axis labels; a negligible rotation keeps
        // our right alignment, and the offset moves the right edge to the end of the column.
        valueAxis.TickLabelStyle.Rotation = 0.001f;
        valueAxis.TickLabelStyle.Alignment = Alignment.MiddleRight;
        valueAxis.TickLabelStyle.OffsetX = (float)numberWidth;
        valueAxis.MinimumSize = (float)(numberWidth + 5 + 10);
        valueAxis.MaximumSize = valueAxis.MinimumSize;

        if (words.All(w => w.Length == 0)) return;
        var wordAxis = plot.Axes.AddRightAxis();
        canvas.StyleAxis(wordAxis, showLine: false);
        plot.Axes.SetLimitsY(-0.6, bars.Count - 0.4, wordAxis);
        wordAxis.TickGenerator = new NumericManual(positions, words);
        canvas.ReserveVerticalAxis(wordAxis, words);
    }

    /// <summary>"10.2  Similar" or just "10.2" when the bar is not compared.</summary>
    public static string ValueText(ChartValue v, int decimals)
    {
        var number = ChartFormat.Number(v.Value, decimals, v.Note);
        var word = ChartFormat.ComparisonWord(v.Comparison);
        return word.Length == 0 ? number : $"{number}  {word}";
    }

    private static void AddWhiskers(ChartCanvas canvas, IReadOnlyList<AreaBar> bars, double[] positions)
    {
        var x = new List<double>();
        var y = new List<double>();
        var plus = new List<double>();
        var minus = new List<double>();
        for (var i = 0; i < bars.Count; i++)
        {
            var v = bars[i].Value;
            if (v.Value is not { } value || v.Lower is not { } lower || v.Upper is not { } upper) continue;
            x.Add(value);
            y.Add(positions[i]);
            plus.Add(Math.Max(0, upper - value));
            minus.Add(Math.Max(0, value - lower));
        }
        if (x.Count == 0) return;
        var whiskers = new ScottPlot.Plottables.ErrorBar(x, y, plus, minus, null, null)
        {
            Color = ChartCanvas.C(canvas.Style.TextColor),
            LineWidth = 1.1f,
            CapSize = 6,
        };
        canvas.Plot.Add.Plottable(whiskers);
    }

    private static IEnumerable<LegendItem> LegendItems(ChartCanvas canvas, AreaComparisonChartSpec spec, IReadOnlyList<AreaBar> bars)
    {
        var style = canvas.Style;
        var present = bars.Select(b => b.Value.Comparison).Distinct().OrderBy(c => c).ToList();
        foreach (var c in present)
        {
            var label = c == ComparisonCategory.None ? spec.Subject : ChartFormat.ComparisonLegend(c, spec.BenchmarkLabel);
            yield return canvas.BoxItem(label, style.ComparisonColor(c));
        }
        if (spec.BenchmarkValue is not null)
        {
            yield return new LegendItem
            {
                LabelText = spec.BenchmarkLabel,
                LineStyle = new LineStyle { Color = ChartCanvas.C(style.BenchmarkColor), Width = (float)style.LineWidthPt, Pattern = LinePattern.Dashed },
            };
        }
        if (bars.Any(b => b.Value.Lower is not null && b.Value.Upper is not null))
        {
            yield return new LegendItem
            {
                LabelText = "95% confidence interval",
                LineStyle = LineStyle.None,
                MarkerStyle = new MarkerStyle(MarkerShape.HorizontalBar, (float)style.MarkerSizePt * 2f, ChartCanvas.C(style.TextColor)) { LineWidth = 1.2f },
            };
        }
    }
}
