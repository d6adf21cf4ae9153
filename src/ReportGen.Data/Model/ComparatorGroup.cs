namespace ReportGen.Data.Model;

/// <summary>A named set of areas an area is compared with (e.g. CIPFA nearest neighbours), from data/comparators.yaml.</summary>
/// <param name="Name">The group's name as shown in reports, e.g. "CIPFA nearest neighbours".</param>
/// <param name="AreaCodes">The member areas' codes in the order written (the owning area itself is not included unless listed).</param>
/// <param name="Illustrative">
/// True when the membership was made up rather than taken from a published source (<c>illustrative: true</c> in
/// comparators.yaml); every caption that shows the group must say so.
/// </param>
public sealed record ComparatorGroup(string Name, IReadOnlyList<string> AreaCodes, bool Illustrative = false);
