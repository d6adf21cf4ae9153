namespace ReportGen.Statistics;

/// <summary>Change in a value between a chosen earlier period and a later one.</summary>
public static class Change
{
    /// <summary>
    /// The later value minus the earlier one, in the indicator's units (percentage points when the values are percentages).
    /// </summary>
    /// <param name="from">The earlier value.</param>
    /// <param name="to">The later value.</param>
    /// <returns>The difference, or null when either value is missing or not a number.</returns>
    public static double? Absolute(double? from, double? to) =>
        from is { } a && to is { } b && double.IsFinite(a) && double.IsFinite(b) ? b - a : null;

    /// <summary>
    /// The change as a fraction of the earlier value: (to - from) / |from|, so 0.25 is a 25% rise and -0.1 a 10% fall.
    /// </summary>
    /// <param name="from">The earlier value.</param>
    /// <param name="to">The later value.</param>
    /// <returns>The relative change, or null when either value is missing or the earlier value is zero.</returns>
    public static double? Relative(double? from, double? to) =>
        Absolute(from, to) is { } difference && from != 0 ? difference / Math.Abs(from!.Value) : null;
}
