using ReportGen.Charts;
using ReportGen.Data.Model;
using ReportGen.Templates.Facts;

namespace ReportGen.Templates.Blocks;

/// <summary>
/// One kind of chart a <c>```chart</c> block can ask for (<c>type: trend</c>): how its spec is built from the data, and
/// (as an <see cref="IChartDrawing"/>) how it is drawn and described. Kinds live one folder each in
/// src/ReportGen.ChartKinds and are listed once in its ChartKindCatalog.
/// </summary>
public interface IChartKind : IChartDrawing
{
    /// <summary>The word a chart block's <c>type:</c> uses, in lower case.</summary>
    string Name { get; }

    /// <summary>The areas shown when the block names none (area, region, england, districts, comparators...).</summary>
    IReadOnlyList<string> DefaultAreas(ChartBlockOptions options);

    /// <summary>Areas for a word of the block's <c>areas:</c> list that only this kind knows (a map's <c>neighbours</c>); null otherwise.</summary>
    IEnumerable<Area>? AreasFor(string word, ReportContext context) => null;

    /// <summary>The words <see cref="AreasFor"/> knows, named in the error for an unknown area.</summary>
    IReadOnlyList<string> AreaWords => [];

    /// <summary>The chart's spec from the data, recording each data row it shows in <see cref="ChartRequest.Rows"/>;
    /// null when there is nothing to draw for the area (the block then prints a plain note instead).</summary>
    ChartSpec? Build(ChartRequest request);
}

/// <summary>What a chart kind builds its spec from.</summary>
/// <param name="Context">The area's build context (data, comparisons, disclosure control).</param>
/// <param name="Indicators">The block's indicators, at least one.</param>
/// <param name="Areas">The areas asked for (or the kind's defaults), resolved.</param>
/// <param name="Options">The block's options as written.</param>
/// <param name="Rows">Where the kind records the data rows the chart shows, for provenance.</param>
/// <param name="Error">Reports a template error at the block: message, then fix.</param>
public sealed record ChartRequest(ReportContext Context, IReadOnlyList<IndicatorDefinition> Indicators, IReadOnlyList<Area> Areas,
    ChartBlockOptions Options, BlockProvenance Rows, Action<string, string> Error);
