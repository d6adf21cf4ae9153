using ReportGen.Publishing;
using ReportGen.Templates;
using ReportGen.Templates.Facts;

namespace ReportGen.Pipeline;

/// <summary>The provenance parts of a build's manifest: per value, per chart and table, and the totals.</summary>
internal static class ProvenanceManifest
{
    public static ManifestValue Value(RenderedValue v, string dataFolder) =>
        new(v.IndicatorId, v.AreaCode, v.Period, v.Field, v.Text, v.Value, v.Lower95, v.Upper95, v.Comparison, v.Location, v.Breakdown.Length == 0 ? null : v.Breakdown)
        {
            Provenance = v.Sources.Count == 0 ? null : v.Illustrative ? Provenance.Illustrative : Provenance.Published,
            Sources = v.Sources.Count == 0 ? null : v.Sources.Select(s => Relative(s, dataFolder)).ToList(),
        };

    public static IReadOnlyList<ManifestBlock> Blocks(BuildResult result, string dataFolder) =>
        result.Blocks.Select(b => new ManifestBlock(b.Caption, b.Location, b.Rows.Count, b.Rows.IllustrativeCount,
            Provenance.Sources(b.Rows.Values.Where(v => v.Illustrative)).Select(s => Relative(s, dataFolder)).ToList(),
            Provenance.Sources(b.Rows.Values).Select(s => Relative(s, dataFolder)).ToList())
        {
            IllustrativeComparatorGroup = b.IllustrativeGroup?.Name,
        }).ToList();

    /// <summary>"data/tidy/drug-deaths.csv:12" rather than the full path on the machine that built it.</summary>
    private static string Relative(string source, string dataFolder)
    {
        var root = Path.GetFullPath(dataFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.IsPathRooted(source) ? source : Path.GetFullPath(source);
        return full.StartsWith(root, StringComparison.Ordinal)
            ? Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)) + "/" + full[root.Length..].Replace(Path.DirectorySeparatorChar, '/')
            : source;
    }

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
