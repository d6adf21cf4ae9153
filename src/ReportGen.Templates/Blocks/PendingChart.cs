using ReportGen.Charts;
using ReportGen.Documents;

namespace ReportGen.Templates.Blocks;

/// <summary>
/// A figure whose chart is not drawn yet. Chart blocks produce these; the builder renders all of them in
/// parallel and swaps in the finished <see cref="Figure"/>. Writers never see this type.
/// </summary>
public sealed record PendingChart(ChartSpec Spec, IReadOnlyList<Inline> Caption, IReadOnlyList<Inline> Source,
    IReadOnlyList<IReadOnlyList<Inline>> Notes) : Block
{
    public bool ShowDataTable { get; init; }
    /// <summary>The data rows behind the chart, by the first cell of its data table's rows.</summary>
    public Facts.BlockProvenance? Provenance { get; init; }
}
