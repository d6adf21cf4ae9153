using ReportGen.Data;
using ReportGen.Publishing;
using ReportGen.Templates;

namespace ReportGen.Pipeline;

/// <summary>
/// Publishing and illustrative data: a pack is refused while the report prints illustrative values, unless the
/// analyst says so (<c>--allow-illustrative</c>); then the pack's metadata says plainly what is illustrative.
/// </summary>
internal static class IllustrativeGate
{
    /// <summary>Why the area cannot be published, or null when it can.</summary>
    public static string? Refusal(BuildResult result, IndicatorCatalogue indicators, bool allowIllustrative)
    {
        var p = result.Provenance;
        if (allowIllustrative || !p.AnyIllustrative) return null;
        var parts = new List<string>();
        if (p.Illustrative > 0)
            parts.Add($"{p.Illustrative} of its {p.Values} printed values are illustrative, not published figures, in {p.IllustrativeByIndicator.Count} indicator(s): {Which(p, indicators)}");
        if (p.IllustrativeGroups.Count > 0)
            parts.Add($"it shows an illustrative comparator group ({string.Join(", ", p.IllustrativeGroups)})");
        return $"the report contains illustrative data: {string.Join("; ", parts)}. "
            + "Fix: replace the illustrative rows with published figures (see README, \"Using your own data\"), or pass --allow-illustrative to publish it marked as illustrative.";
    }

    /// <summary>The metadata of a pack with illustrative values: flagged, explained, and the indicators listed.</summary>
    public static PublicationMetadata Declare(PublicationMetadata metadata, BuildResult result, IndicatorCatalogue indicators)
    {
        var p = result.Provenance;
        if (!p.AnyIllustrative) return metadata;
        var notice = $"This pack contains illustrative data and is not for publication as official statistics: {p.Illustrative} of the "
            + $"{p.Values} values printed in the report and its figures and tables are illustrative (invented for demonstration), not published figures."
            + (p.IllustrativeGroups.Count > 0 ? $" The comparator group ({string.Join(", ", p.IllustrativeGroups)}) is illustrative." : "")
            + " The 'provenance' column of every data file marks each row.";
        return metadata with
        {
            Summary = "CONTAINS ILLUSTRATIVE DATA, NOT FOR PUBLICATION. " + metadata.Summary,
            ContainsIllustrativeData = true,
            DataNotice = notice,
            IllustrativeIndicators = p.IllustrativeByIndicator.Select(kv => new IllustrativeIndicator(kv.Key, indicators.Get(kv.Key)?.Name ?? kv.Key, kv.Value)).ToList(),
            IllustrativeComparatorGroups = p.IllustrativeGroups.Count > 0 ? p.IllustrativeGroups : null,
        };
    }

    /// <summary>"deaths_drug_misuse (12), ..." with the most illustrative first; at most 10 named.</summary>
    private static string Which(Templates.Facts.ProvenanceSummary p, IndicatorCatalogue indicators)
    {
        var named = p.IllustrativeByIndicator.Take(10).Select(kv => $"{kv.Key} ({kv.Value})");
        var more = p.IllustrativeByIndicator.Count > 10 ? $" and {p.IllustrativeByIndicator.Count - 10} more" : "";
        return string.Join(", ", named) + more;
    }
}
