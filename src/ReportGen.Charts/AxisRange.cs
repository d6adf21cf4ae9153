using ScottPlot;
using ScottPlot.TickGenerators;

namespace ReportGen.Charts;

/// <summary>Value-axis helpers: round limits and plainly formatted numeric ticks.</summary>
internal static class AxisRange
{
    private static readonly double[] Steps = [1, 2, 2.5, 5];

    /// <summary>
    /// Round axis limits and tick step covering <paramref name="low"/>..<paramref name="high"/> with
    /// four to eight intervals; zero is always included.
    /// </summary>
    public static (double Bottom, double Top, double Step) Scale(double low, double high)
    {
        low = Math.Min(0, double.IsFinite(low) ? low : 0);
        high = Math.Max(0, double.IsFinite(high) ? high : 0);
        if (high - low <= 0) high = low + 1;
        var span = high - low;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(span)) - 1);
        for (var m = magnitude; ; m *= 10)
        {
            foreach (var s in Steps)
            {
                var step = s * m;
                var bottom = Math.Floor(low / step + 1e-9) * step;
                var top = Math.Ceiling(high / step - 1e-9) * step;
                var intervals = Math.Round((top - bottom) / step);
                if (intervals <= 8) return (bottom, top, step);
            }
        }
    }

    /// <summary>The rounded top of an axis that must show values up to <paramref name="value"/>.</summary>
    public static double NiceCeiling(double value) => Scale(0, value).Top;

    /// <summary>Puts ticks every <paramref name="step"/> from bottom to top, formatted plainly (or by <paramref name="format"/>).</summary>
    public static void SetTicks(IAxis axis, double bottom, double top, double step, Func<double, string>? format = null)
    {
        format ??= ChartFormat.Tick;
        var ticks = new List<Tick>();
        var count = (int)Math.Round((top - bottom) / step);
        for (var i = 0; i <= count; i++)
        {
            var v = bottom + i * step;
            ticks.Add(new Tick(v, format(Math.Round(v, 10)), true));
        }
        axis.TickGenerator = new NumericManual(ticks.ToArray());
    }

    /// <summary>Largest finite number in the sequence, or 0.</summary>
    public static double Max(IEnumerable<double?> values)
    {
        var max = 0.0;
        foreach (var v in values)
            if (v is { } x && double.IsFinite(x) && x > max) max = x;
        return max;
    }

    /// <summary>Smallest finite number in the sequence, or 0.</summary>
    public static double Min(IEnumerable<double?> values)
    {
        var min = 0.0;
        foreach (var v in values)
            if (v is { } x && double.IsFinite(x) && x < min) min = x;
        return min;
    }
}
