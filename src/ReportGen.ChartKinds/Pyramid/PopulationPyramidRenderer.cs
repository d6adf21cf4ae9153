using ScottPlot;
using ScottPlot.TickGenerators;

namespace ReportGen.ChartKinds;

/// <summary>
/// Draws a population pyramid: males to the left, females to the right, the area as bars and the
/// comparator as a stepped outline. The percentage axis is labelled without minus signs.
/// </summary>
internal static class PopulationPyramidRenderer
{
    public static void Validate(PopulationPyramidSpec spec)
    {
        var n = spec.AgeBands.Count;
        if (n == 0) throw new ArgumentException($"Population pyramid '{spec.Subject}' has no age bands.");
        void Check(IReadOnlyList<double>? values, string name)
        {
            if (values is not null && values.Count != n)
                throw new ArgumentException($"Population pyramid '{spec.Subject}': {name} has {values.Count} values for {n} age bands.");
        }
        Check(spec.AreaMalePercent, nameof(spec.AreaMalePercent));
        Check(spec.AreaFemalePercent, nameof(spec.AreaFemalePercent));
        Check(spec.ComparatorMalePercent, nameof(spec.ComparatorMalePercent));
        Check(spec.ComparatorFemalePercent, nameof(spec.ComparatorFemalePercent));
        foreach (var other in spec.OtherComparators)
        {
            Check(other.MalePercent, other.Name + " males");
            Check(other.FemalePercent, other.Name + " females");
        }
    }

    /// <summary>Every comparator outline in drawing order: the main comparator first, then the others.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<double>? Male, IReadOnlyList<double>? Female)> Comparators(PopulationPyramidSpec spec)
    {
        var list = new List<(string, IReadOnlyList<double>?, IReadOnlyList<double>?)>();
        if (spec.ComparatorMalePercent is not null || spec.ComparatorFemalePercent is not null)
            list.Add((spec.ComparatorName, spec.ComparatorMalePercent, spec.ComparatorFemalePercent));
        list.AddRange(spec.OtherComparators.Select(o => (o.Name, (IReadOnlyList<double>?)o.MalePercent, (IReadOnlyList<double>?)o.FemalePercent)));
        return list;
    }

    // Main comparator solid in the benchmark colour; others dashed or dotted in the series colours.
    private static (RgbColor Color, LinePattern Pattern) OutlineLook(int index, ChartStyle style) => index == 0
        ? (style.BenchmarkColor, LinePattern.Solid)
        : (style.LineSeriesColor(index), index % 2 == 1 ? LinePattern.Dashed : LinePattern.Dotted);

    public static void Draw(ChartCanvas canvas, PopulationPyramidSpec spec)
    {
        Validate(spec);
        var plot = canvas.Plot;
        var style = canvas.Style;
        var n = spec.AgeBands.Count;
        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        var fill = style.FocusColor.Blend(RgbColor.White, 0.45);

        var bars = new List<Bar>();
        for (var i = 0; i < n; i++)
        {
            bars.Add(NewBar(i, -spec.AreaMalePercent[i], fill, style));
            bars.Add(NewBar(i, spec.AreaFemalePercent[i], fill, style));
        }
        plot.Add.Bars(bars).Horizontal = true;

        var comparators = Comparators(spec);
        for (var c = 0; c < comparators.Count; c++)
        {
            var look = OutlineLook(c, style);
            if (comparators[c].Male is { } male) AddStep(canvas, male, -1, look);
            if (comparators[c].Female is { } female) AddStep(canvas, female, +1, look);
        }

        var max = comparators.SelectMany(c => (c.Male ?? []).Concat(c.Female ?? []))
            .Concat(spec.AreaMalePercent).Concat(spec.AreaFemalePercent).DefaultIfEmpty(0).Max();
        var (_, edge, step) = AxisRange.Scale(-max * 1.03, max * 1.03);
        plot.Axes.SetLimitsX(-edge, edge);
        plot.Axes.SetLimitsX(-edge, edge, plot.Axes.Top);
        plot.Axes.SetLimitsY(-0.6, n - 0.4);

        // Percentages either side of zero, written without minus signs.
        AxisRange.SetTicks(plot.Axes.Bottom, -edge, edge, step, v => ChartFormat.Tick(Math.Abs(v)) + "%");
        plot.Axes.Bottom.Label.Text = spec.ValueAxisLabel;
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Add.VerticalLine(0, 0.75f, ChartCanvas.C(style.AxisColor)).ExcludeFromLegend = true;

        // "Males" and "Females" headings over each half.
        var top = plot.Axes.Top;
        top.TickGenerator = new NumericManual([-edge / 2, edge / 2], ["Males", "Females"]);
        top.TickLabelStyle.FontSize = canvas.BaseFont;
        canvas.MakeBold(top.TickLabelStyle);

        var area = canvas.MeasureDataArea();
        CategoryAxisLayout.ApplyLeft(canvas, plot.Axes.Left, spec.AgeBands, positions, area.Height, n + 0.2, canvas.WidthPt * 0.2);
        plot.Axes.Left.Label.Text = "Age band";

        var legend = new List<LegendItem> { canvas.BoxItem($"{spec.AreaName} {spec.Period}", fill) };
        for (var c = 0; c < comparators.Count; c++)
        {
            var look = OutlineLook(c, style);
            legend.Add(new LegendItem
            {
                LabelText = comparators[c].Name,
                LineStyle = new LineStyle { Color = ChartCanvas.C(look.Color), Width = (float)style.LineWidthPt, Pattern = look.Pattern },
            });
        }
        canvas.LegendBelow(legend);
    }

    private static Bar NewBar(int position, double value, RgbColor fill, ChartStyle style) => new()
    {
        Position = position,
        Value = value,
        Size = 0.86,
        FillColor = ChartCanvas.C(fill),
        LineColor = ChartCanvas.C(style.OutlineColor),
        LineWidth = 0.5f,
        Orientation = Orientation.Horizontal,
    };

    // A staircase that traces the comparator's bar ends band by band.
    private static void AddStep(ChartCanvas canvas, IReadOnlyList<double> values, int side, (RgbColor Color, LinePattern Pattern) look)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < values.Count; i++)
        {
            var x = side * values[i];
            xs.Add(x); ys.Add(i - 0.5);
            xs.Add(x); ys.Add(i + 0.5);
        }
        var line = canvas.Plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), ChartCanvas.C(look.Color));
        line.LineWidth = (float)canvas.Style.LineWidthPt;
        line.LinePattern = look.Pattern;
        line.MarkerSize = 0;
    }
}
