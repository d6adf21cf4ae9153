using ScottPlot;

namespace ReportGen.ChartKinds;

/// <summary>
/// Draws grouped or stacked bars, vertical or horizontal. Series differ by colour, lightness and
/// (from the second series) a hatch pattern; values are written on the bars wherever they fit.
/// </summary>
internal static class BarChartRenderer
{
    public static void Validate(BarChartSpec spec)
    {
        if (spec.Categories.Count == 0) throw new ArgumentException($"Bar chart '{spec.Subject}' has no categories.");
        if (spec.Series.Count == 0) throw new ArgumentException($"Bar chart '{spec.Subject}' has no series.");
        foreach (var s in spec.Series)
            if (s.Values.Count != spec.Categories.Count)
                throw new ArgumentException($"Bar chart '{spec.Subject}': series '{s.Name}' has {s.Values.Count} values for {spec.Categories.Count} categories.");
    }

    /// <summary>The hatch for a series: none for the first, then stripes, dots, cross-stripes...</summary>
    public static IHatch? HatchFor(int series, ChartStyle style)
    {
        if (!style.UseBarPatterns || series == 0) return null;
        return (series % 5) switch
        {
            1 => new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp),
            2 => new ScottPlot.Hatches.Dots(),
            3 => new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalDown),
            4 => new ScottPlot.Hatches.Checker(),
            _ => new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.Horizontal),
        };
    }

    private sealed record Placed(int Series, int Category, double Position, double Base, double Value, double Size);

    public static void Draw(ChartCanvas canvas, BarChartSpec spec)
    {
        Validate(spec);
        var plot = canvas.Plot;
        var style = canvas.Style;
        int nc = spec.Categories.Count, ns = spec.Series.Count;
        var horizontal = spec.Horizontal;
        double CategoryPosition(int c) => horizontal ? nc - 1 - c : c;

        var placed = Place(spec, CategoryPosition);
        var bars = placed.Select(p =>
        {
            var fill = style.BarSeriesColor(p.Series);
            var hatch = HatchFor(p.Series, style);
            return new Bar
            {
                Position = p.Position,
                ValueBase = p.Base,
                Value = p.Base + p.Value,
                Size = p.Size,
                FillColor = ChartCanvas.C(fill),
                FillHatch = hatch,
                FillHatchColor = ChartCanvas.C(canvas.HatchColorOn(fill)),
                LineColor = ChartCanvas.C(style.OutlineColor),
                LineWidth = 0.6f,
                Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
            };
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = horizontal;

        var ends = placed.Select(p => (double?)(p.Base + p.Value)).ToList();
        var high = AxisRange.Max(ends);
        var low = AxisRange.Min(placed.Select(p => (double?)p.Base).Concat(ends));
        var (valueBottom, valueTop, step) = AxisRange.Scale(low * 1.05, high * (spec.Stacked ? 1.0 : 1.1));
        var tickTop = valueTop;
        if (spec.Unit.StartsWith('%') && high <= 100 + 1e-9 && valueTop > 100)
        {
            // Shares of a whole: ticks stop at 100%; the axis only runs on far enough for value labels.
            (_, tickTop, step) = AxisRange.Scale(valueBottom, 100);
            valueTop = Math.Max(100, high * (spec.Stacked ? 1.0 : 1.1));
        }
        var categoryPositions = Enumerable.Range(0, nc).Select(c => CategoryPosition(c)).ToArray();

        var valueAxis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        AxisRange.SetTicks(valueAxis, valueBottom, tickTop, step);
        valueAxis.Label.Text = spec.ValueAxisLabel;
        var categoryAxis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        categoryAxis.Label.Text = spec.CategoryAxisLabel;
        if (horizontal)
        {
            plot.Axes.SetLimits(valueBottom, valueTop, -0.5, nc - 0.5);
            plot.Grid.XAxisStyle.IsVisible = true;
            plot.Grid.YAxisStyle.IsVisible = false;
        }
        else
        {
            plot.Axes.SetLimits(-0.5, nc - 0.5, valueBottom, valueTop);
        }

        if (valueBottom < 0)
        {
            // A zero line so bars below it read as negative.
            var zero = ChartCanvas.C(style.AxisColor);
            if (horizontal) plot.Add.VerticalLine(0, 1f, zero).ExcludeFromLegend = true;
            else plot.Add.HorizontalLine(0, 1f, zero).ExcludeFromLegend = true;
        }

        canvas.LegendBelow(spec.Series.Select((s, i) => canvas.BoxItem(s.Name, style.BarSeriesColor(i), HatchFor(i, style))));

        var area = canvas.MeasureDataArea();
        if (horizontal)
            CategoryAxisLayout.ApplyLeft(canvas, plot.Axes.Left, spec.Categories, categoryPositions, area.Height, nc, canvas.WidthPt * 0.28);
        else
            CategoryAxisLayout.ApplyBottom(canvas, plot.Axes.Bottom, spec.Categories, categoryPositions, area.Width, nc, allowWrap: true);

        area = canvas.MeasureDataArea();
        AddValueLabels(canvas, spec, placed, area, valueTop - valueBottom, nc);
    }

    // Works out where each bar goes: side by side within a category, or stacked on one another.
    private static List<Placed> Place(BarChartSpec spec, Func<int, double> categoryPosition)
    {
        int nc = spec.Categories.Count, ns = spec.Series.Count;
        var list = new List<Placed>();
        var width = spec.Stacked ? 0.62 : 0.8 / ns;
        for (var c = 0; c < nc; c++)
        {
            double up = 0, down = 0;
            for (var s = 0; s < ns; s++)
            {
                if (spec.Series[s].Values[c] is not { } v || !double.IsFinite(v)) continue;
                if (spec.Stacked)
                {
                    var b = v >= 0 ? up : down;
                    list.Add(new Placed(s, c, categoryPosition(c), b, v, width));
                    if (v >= 0) up += v; else down += v;
                }
                else
                {
                    // First series on the left, or at the top when the bars run horizontally.
                    var offset = (s - (ns - 1) / 2.0) * width * (spec.Horizontal ? -1 : 1);
                    list.Add(new Placed(s, c, categoryPosition(c) + offset, 0, v, width * 0.92));
                }
            }
        }
        return list;
    }

    // Writes values on (stacked) or beyond (grouped) the bars, only where the text fits.
    private static void AddValueLabels(ChartCanvas canvas, BarChartSpec spec, List<Placed> placed, PixelRect area, double valueSpan, int nc)
    {
        var style = canvas.Style;
        var size = canvas.LabelFont * 0.92f;
        var lineHeight = canvas.Text.LineHeight(size);
        var valuePtPerUnit = (spec.Horizontal ? area.Width : area.Height) / valueSpan;
        var categoryPtPerUnit = (spec.Horizontal ? area.Height : area.Width) / nc;
        string Label(double v) => ChartFormat.Number(v, spec.Decimals) + (spec.Unit.StartsWith('%') ? "%" : "");

        bool Fits(Placed p, string text)
        {
            var across = p.Size * categoryPtPerUnit; // bar thickness in points
            var along = Math.Abs(p.Value) * valuePtPerUnit; // bar length in points
            var width = canvas.Text.Width(text, size);
            if (spec.Stacked)
                return spec.Horizontal ? along >= width + 4 && across >= lineHeight + 1 : along >= lineHeight + 2 && across >= width + 3;
            return spec.Horizontal ? across >= lineHeight * 0.95 : across >= width + 1;
        }

        // Grouped bars are labelled all or none, so a reader never wonders why one value is missing.
        if (!spec.Stacked && placed.Any(p => !Fits(p, Label(p.Value)))) return;

        foreach (var p in placed)
        {
            var text = Label(p.Value);
            if (!Fits(p, text)) continue;
            var fill = style.BarSeriesColor(p.Series);
            var end = p.Base + p.Value;
            var label = spec.Stacked
                ? canvas.Plot.Add.Text(text, spec.Horizontal ? p.Base + p.Value / 2 : p.Position, spec.Horizontal ? p.Position : p.Base + p.Value / 2)
                : canvas.Plot.Add.Text(text, spec.Horizontal ? end : p.Position, spec.Horizontal ? p.Position : end);
            label.LabelFontSize = size;
            label.LabelFontName = canvas.FontFamily;
            if (spec.Stacked)
            {
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontColor = ChartCanvas.C(style.TextColorOn(fill));
                label.LabelBackgroundColor = ChartCanvas.C(fill);
                label.LabelPadding = 1;
            }
            else
            {
                label.LabelFontColor = ChartCanvas.C(style.TextColor);
                label.LabelAlignment = spec.Horizontal
                    ? (p.Value >= 0 ? Alignment.MiddleLeft : Alignment.MiddleRight)
                    : (p.Value >= 0 ? Alignment.LowerCenter : Alignment.UpperCenter);
                label.LabelOffsetX = spec.Horizontal ? (p.Value >= 0 ? 3 : -3) : 0;
                label.LabelOffsetY = spec.Horizontal ? 0 : (p.Value >= 0 ? -2 : 2);
            }
        }
    }
}
