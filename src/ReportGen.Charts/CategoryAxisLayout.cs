using ScottPlot;
using ScottPlot.TickGenerators;

namespace ReportGen.Charts;

/// <summary>
/// Puts category labels (periods, age bands, groups) on an axis as fixed text ticks at 0, 1, 2...
/// so they are never formatted as numbers. When labels do not fit side by side they are wrapped,
/// then turned 45 degrees, then thinned to every k-th label (always keeping the last one).
/// </summary>
internal static class CategoryAxisLayout
{
    private const double Gap = 5; // points between neighbouring labels

    /// <summary>Labels along a horizontal axis whose data area is <paramref name="dataWidthPt"/> wide.</summary>
    public static Tick[] ApplyBottom(ChartCanvas canvas, IXAxis axis, IReadOnlyList<string> labels,
        IReadOnlyList<double> positions, double dataWidthPt, double rangeWidth, bool allowWrap)
    {
        var size = canvas.Style.LabelFontSizePt;
        var text = canvas.Text;
        var spacing = dataWidthPt / Math.Max(rangeWidth, 1e-9) * MinSpacing(positions);
        var widest = labels.Count == 0 ? 0 : labels.Max(l => text.Width(l, size));
        var lineHeight = text.LineHeight(size);

        string[] shown = labels.ToArray();
        var rotate = false;
        if (widest + Gap > spacing)
        {
            var wrapped = allowWrap ? labels.Select(l => string.Join('\n', text.Wrap(l, size, spacing - Gap))).ToArray() : null;
            if (wrapped is not null && wrapped.All(w => w.Count(ch => ch == '\n') < 3 && text.Width(w, size) + Gap <= spacing))
            {
                shown = wrapped;
            }
            else
            {
                rotate = true;
                var step = (int)Math.Ceiling(lineHeight * 1.5 / spacing);
                if (step > 1)
                    for (var i = 0; i < shown.Length; i++)
                        if ((shown.Length - 1 - i) % step != 0) shown[i] = "";
            }
        }

        var ticks = positions.Select((p, i) => new Tick(p, shown[i], true)).ToArray();
        axis.TickGenerator = new NumericManual(ticks);
        if (rotate)
        {
            axis.TickLabelStyle.Rotation = -45;
            axis.TickLabelStyle.Alignment = Alignment.MiddleRight;
            var extent = (widest + lineHeight) * Math.Sqrt(0.5);
            var title = string.IsNullOrEmpty(axis.Label.Text) ? 0 : text.LineHeight(canvas.Style.BaseFontSizePt) + 6;
            axis.MinimumSize = (float)(axis.MajorTickStyle.Length + 6 + extent + title + 4);
        }
        return ticks;
    }

    /// <summary>Labels along a vertical axis; wraps long labels to <paramref name="maxWidthPt"/> and thins crowded ones.</summary>
    public static Tick[] ApplyLeft(ChartCanvas canvas, IYAxis axis, IReadOnlyList<string> labels,
        IReadOnlyList<double> positions, double dataHeightPt, double rangeHeight, double maxWidthPt)
    {
        var size = canvas.Style.LabelFontSizePt;
        var text = canvas.Text;
        var spacing = dataHeightPt / Math.Max(rangeHeight, 1e-9) * MinSpacing(positions);
        var lineHeight = text.LineHeight(size) * 1.1;
        var maxLines = Math.Max(1, (int)Math.Floor(spacing / lineHeight));

        var shown = labels.Select(l =>
        {
            if (text.Width(l, size) <= maxWidthPt || maxLines < 2) return l;
            var lines = text.Wrap(l, size, maxWidthPt);
            return lines.Count <= maxLines ? string.Join('\n', lines) : l;
        }).ToArray();

        if (lineHeight > spacing)
        {
            var step = (int)Math.Ceiling(lineHeight / spacing);
            for (var i = 0; i < shown.Length; i++)
                if (i % step != 0) shown[i] = "";
        }

        var ticks = positions.Select((p, i) => new Tick(p, shown[i], true)).ToArray();
        axis.TickGenerator = new NumericManual(ticks);
        canvas.ReserveVerticalAxis(axis, shown);
        return ticks;
    }

    // Smallest distance between neighbouring category positions (1 for 0, 1, 2...).
    private static double MinSpacing(IReadOnlyList<double> positions)
    {
        if (positions.Count < 2) return 1;
        var sorted = positions.OrderBy(p => p).ToArray();
        var min = double.MaxValue;
        for (var i = 1; i < sorted.Length; i++) min = Math.Min(min, sorted[i] - sorted[i - 1]);
        return min <= 0 ? 1 : min;
    }
}
