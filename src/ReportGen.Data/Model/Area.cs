namespace ReportGen.Data.Model;

/// <summary>The kind of geography an area is; decides its parent chain and which comparisons make sense.</summary>
public enum AreaType
{
    England,
    Region,
    /// <summary>Upper-tier county council with districts below it.</summary>
    County,
    /// <summary>Lower-tier district within a county.</summary>
    District,
    /// <summary>Unitary authority: upper tier with no districts.</summary>
    Unitary,
    /// <summary>A geography outside the local-government tiers (an ICB, a CCG, London's inner/outer split),
    /// kept when a Fingertips export lists one; never written in areas.csv.</summary>
    Other,
}

/// <summary>A geography in the area registry (data/areas.csv).</summary>
/// <param name="Code">ONS/GSS code, e.g. E10000003.</param>
/// <param name="ParentCode">District -> county, county/unitary -> region, region -> England; null for England.</param>
public sealed record Area(string Code, string Name, AreaType Type, string? ParentCode, string? ShortName = null)
{
    public string DisplayName => ShortName ?? Name;
    public bool IsUpperTier => Type is AreaType.County or AreaType.Unitary;
}
