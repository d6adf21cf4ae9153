namespace ReportGen.ChartKinds;

/// <summary>
/// The values an area comparison chart would show, looked up by area: what a map or a tile map colours each of its
/// areas with, so that they compare every area with England exactly as the bars do and mark the same values as
/// illustrative.
/// </summary>
internal sealed class AreaComparisonValues
{
    private readonly ReportContext _context;
    private readonly IndicatorDefinition _indicator;
    private readonly Breakdown _breakdown;
    private readonly Period? _period;
    private readonly Dictionary<string, AreaBar> _byName;

    private AreaComparisonValues(ReportContext context, IndicatorDefinition indicator, ChartBlockOptions o, AreaComparisonChartSpec comparison)
    {
        _context = context;
        _indicator = indicator;
        _breakdown = Breakdown.From(indicator, o.Sex, o.Age, o.CategoryType, o.Category);
        _period = Period.TryParse(comparison.Period, out var period) ? period : null;
        _byName = comparison.Bars.GroupBy(b => b.Label).ToDictionary(g => g.Key, g => g.First());
        Comparison = comparison;
    }

    /// <summary>The comparison of <paramref name="areas"/> (null when there is nothing to compare, as for the bar chart).</summary>
    public static AreaComparisonValues? For(ReportContext context, IndicatorDefinition indicator, IReadOnlyList<Area> areas, ChartBlockOptions o,
        BlockProvenance? track) =>
        AreaComparisonSpecBuilder.AreaComparison(context, indicator, areas, o, track) is { } comparison
            ? new AreaComparisonValues(context, indicator, o, comparison)
            : null;

    /// <summary>The area comparison spec itself: subject, axis label, unit, decimals, width, period and benchmark.</summary>
    public AreaComparisonChartSpec Comparison { get; }

    /// <summary>The area's bar, if the comparison has one.</summary>
    public AreaBar? BarOf(Area area) => _byName.GetValueOrDefault(area.DisplayName);

    /// <summary>True when the value shown for the area is illustrative sample data, not a published figure.</summary>
    public bool IsIllustrative(Area area) => _period is not null && BarOf(area) is not null
        && _context.Data.Values.At(_indicator.Id, area.Code, _period, _breakdown.Sex, _breakdown.Age, _breakdown.CategoryType, _breakdown.Category)?.Illustrative == true;
}
