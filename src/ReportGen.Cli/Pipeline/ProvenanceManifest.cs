using ReportGen.Publishing;
using ReportGen.Templates;
using ReportGen.Templates.Facts;

namespace ReportGen.Cli.Pipeline;

/// <summary>The provenance parts of a build's manifest: per value, per chart and table, and the totals.</summary>
internal static class ProvenanceManifest
{
    public static ManifestValue Value(RenderedValue v) =>
        new(v.IndicatorId, v.AreaCode, v.Period, v.Field, v.Text, v.Value, v.Lower95, v.Upper95, v.Comparison, v.Location)
        {
            Provenance = v.Sources.Count == 0 ? null : v.Illustrative ? Provenance.Illustrative : Provenance.Published,
            Sources = v.Sources.Count == 0 ? null : v.Sources,
        };

    public static IReadOnlyList<ManifestBlock> Blocks(BuildResult result) =>
        result.Blocks.Select(b => new ManifestBlock(b.Caption, b.Location, b.Rows.Count, b.Rows.IllustrativeCount,
            Provenance.Sources(b.Rows.Values.Where(v => v.Illustrative)), Provenance.Sources(b.Rows.Values))
        {
            IllustrativeComparatorGroup = b.IllustrativeGroup?.Name,
        }).ToList();

    public static ManifestProvenance Totals(BuildResult result)
    {
        var p = result.Provenance;
        return new ManifestProvenance(p.Values, p.Illustrative, p.TextValues, p.TextIllustrative, p.BlockValues, p.BlockIllustrative,
            p.IllustrativeByIndicator, p.IllustrativeGroups)
        {
            Notice = result.Document?.Properties.DataNotice,
        };
    }
}
