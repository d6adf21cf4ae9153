namespace ReportGen.Fingertips;

/// <summary>
/// One kind of geography to download: the Fingertips child area type (the rows wanted) and the parent area type
/// the export compares them with. Every pair here uses England (15) as the parent, so each export covers every
/// area of its type in England, which ranks and England ranges need. The ids are those fingertipsR's
/// <c>area_types()</c> lists: 502 and 501 for upper- and lower-tier authorities on the April 2023 geography, 402 and
/// 401 for April 2021 to March 2023, 102 and 101 for the geography before April 2019, 6 for regions.
/// </summary>
/// <param name="ChildId">Fingertips <c>child_area_type_id</c>.</param>
/// <param name="ParentId">Fingertips <c>parent_area_type_id</c>.</param>
/// <param name="Label">A short description for messages.</param>
public sealed record FingertipsAreaType(int ChildId, int ParentId, string Label)
{
    /// <summary>England as the parent of every export: the whole country in one file.</summary>
    public const int England = 15;

    /// <summary>Upper-tier authorities on the April 2023 geography (counties and unitary authorities).</summary>
    public static readonly FingertipsAreaType UpperTier = new(502, England, "counties & UAs");

    /// <summary>Upper-tier authorities, April 2021 to March 2023 (before Cumbria, North Yorkshire and Somerset changed).</summary>
    public static readonly FingertipsAreaType UpperTier2021 = new(402, England, "counties & UAs 2021-23");

    /// <summary>Upper-tier authorities before April 2019: older data for abolished counties such as Northamptonshire.</summary>
    public static readonly FingertipsAreaType UpperTierPre2019 = new(102, England, "counties & UAs before 2019");

    /// <summary>Lower-tier authorities on the April 2023 geography (districts and unitary authorities).</summary>
    public static readonly FingertipsAreaType Districts = new(501, England, "districts & UAs");

    /// <summary>Lower-tier authorities, April 2021 to March 2023.</summary>
    public static readonly FingertipsAreaType Districts2021 = new(401, England, "districts & UAs 2021-23");

    /// <summary>Lower-tier authorities before April 2019.</summary>
    public static readonly FingertipsAreaType DistrictsPre2019 = new(101, England, "districts & UAs before 2019");

    /// <summary>The nine regions, so region comparisons keep working when an export replaces the tidy rows.</summary>
    public static readonly FingertipsAreaType Regions = new(6, England, "regions");

    /// <summary>Every area type <c>fetch --area-type</c> accepts.</summary>
    public static IReadOnlyList<FingertipsAreaType> Known { get; } =
        [UpperTier, UpperTier2021, UpperTierPre2019, Districts, Districts2021, DistrictsPre2019, Regions];

    /// <summary>The known area type with this child id, or null.</summary>
    public static FingertipsAreaType? FromId(int childId) => Known.FirstOrDefault(t => t.ChildId == childId);

    public override string ToString() => $"{Label} ({ChildId})";
}
