using ScottPlot;
using ScottPlot.TickGenerators;

namespace ReportGen.Charts;

/// <summary>Value-axis helpers: round limits and plainly formatted numeric ticks.</summary>
internal static class AxisRange
{
    /// <summary>The smallest 1, 2, 2.5 or 5 times a power of ten that is at least <paramref name="value"/>.</summary>
    public static double NiceCeiling(double value)
    {
        if (!(value > 0) || !double.IsFinite(value)) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0 })
            if (step * magnitude >= value - 1e-12) return step * magnitude;
        return 10 * magnitude;
    }

    /// <summary>Automatic numeric ticks with thousands separators and no trailing zeros.</summary>
    public static void UsePlainNumbers(IAxis axis, Func<double, string>? format = null)
    {
        axis.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = format ?? ChartFormat.Tick,
            MinorTickGenerator = new EvenlySpacedMinorTickGenerator(0),
            TargetTickCount = 6,
        };
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
