namespace ReportGen.ChartKinds;

/// <summary>
/// A percentage drawn as 100 squares, the share filled: "about 4 in every 10". Easier for a general reader than a
/// bar for a single proportion; England's value, when given, is stated in the alt text and data table.
/// </summary>
public sealed record WaffleChartSpec : ChartSpec
{
    public required string AreaName { get; init; }
    public required string Period { get; init; }
    /// <summary>The area's percentage, 0 to 100.</summary>
    public required double Percent { get; init; }
    /// <summary>The same percentage for England, for comparison in words (not drawn).</summary>
    public double? EnglandPercent { get; init; }
    public string EnglandName { get; init; } = "England";
}
