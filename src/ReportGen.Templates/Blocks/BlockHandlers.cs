namespace ReportGen.Templates.Blocks;

/// <summary>
/// The fenced block kinds a chapter may use (```chart, ```table, ...): the one place a new kind is registered.
/// Each handler names its own kind; the Markdown converter routes a block by that name.
/// </summary>
public static class BlockHandlers
{
    /// <param name="context">The area's build context.</param>
    /// <param name="expand">Runs the Liquid step over text a block takes from area content.</param>
    /// <param name="bibliography">The report's references (templates/&lt;report&gt;/references.yaml), for the references list and the source notes of blocks with no source: line.</param>
    /// <param name="chartKinds">The kinds of chart a chart block may ask for (ChartKindCatalog.All).</param>
    public static IReadOnlyList<Markdown.IFencedBlockHandler> For(ReportContext context, Func<string, string> expand, References.Bibliography bibliography,
        IReadOnlyList<IChartKind> chartKinds) =>
    [
        new ChartBlockHandler(context, chartKinds, bibliography),
        new TableBlockHandler(context, bibliography),
        new InsightsBlockHandler(context, expand),
        new RecommendationsBlockHandler(context, expand),
        new RecommendationMapBlockHandler(context),
        new PriorityListBlockHandler(context, expand),
        new References.ReferencesBlockHandler(bibliography),
    ];
}
