namespace ReportGen.ChartKinds;

/// <summary>
/// Every kind of chart a template may ask for (<c>type:</c> in a <c>```chart</c> block), in the order the README lists
/// them. Adding a kind: a folder beside the others and one line here.
/// </summary>
public static class ChartKindCatalog
{
    public static IReadOnlyList<IChartKind> All { get; } =
    [
        new TrendChartKind(),
        new AreaComparisonChartKind(),
        new BarChartKind(),
        new PyramidChartKind(),
        new SpineChartKind(),
        new MapChartKind(),
        new WaffleChartKind(),
        new TileMapChartKind(),
    ];
}
