namespace ReportGen.Fingertips;

/// <summary>
/// One kind of geography to download: the Fingertips child area type (the rows wanted) and the parent area type
/// the export compares them with. Every pair here uses England (15) as the parent, so each export covers every
/// area of its type in England, which ranks and England ranges need.
/// </summary>
/// <param name="ChildId">Fingertips <c>child_area_type_id</c>.</param>
/// <param name="ParentId">Fingertips <c>parent_area_type_id</c>.</param>
/// <param name="Label">A short description for messages.</param>
public sealed record FingertipsAreaType(int ChildId, int ParentId, string Label)
{
    /// <summary>Upper-tier authorities on the April 2023 geography (counties and unitary authorities).</summary>
    public static readonly FingertipsAreaType UpperTier = new(502, 15, "counties & UAs");

    /// <summary>Lower-tier authorities on the April 2023 geography (districts and unitary authorities).</summary>
    public static readonly FingertipsAreaType Districts = new(501, 15, "districts & UAs");

    /// <summary>The nine regions, so region comparisons keep working when an export replaces the tidy rows.</summary>
    public static readonly FingertipsAreaType Regions = new(6, 15, "regions");

    public override string ToString() => $"{Label} ({ChildId})";
}
