namespace ReportGen.Data.Model;

/// <summary>A named set of areas an area is compared with (e.g. CIPFA nearest neighbours), from data/comparators.yaml.</summary>
/// <param name="Name">The group's name as shown in reports, e.g. "CIPFA nearest neighbours".</param>
/// <param name="AreaCodes">The member areas' codes in the order written (the owning area itself is not included unless listed).</param>
public sealed record ComparatorGroup(string Name, IReadOnlyList<string> AreaCodes)
{
    /// <summary>
    /// True when the membership is made up rather than taken from a published list: <c>provenance: illustrative</c>
    /// in comparators.yaml, or a name that says "illustrative".
    /// </summary>
    public bool Illustrative { get; init; } = Name.Contains("illustrative", StringComparison.OrdinalIgnoreCase);
}
