using ReportGen.Data.Model;

namespace ReportGen.Data;

/// <summary>Translates area types to and from the words areas.csv and Fingertips exports use.</summary>
public static class AreaTypeNames
{
    /// <summary>The words allowed in areas.csv's type column.</summary>
    public static readonly IReadOnlyList<string> CsvNames = ["england", "region", "county", "district", "unitary"];

    public static AreaType? FromCsv(string text) => text.Trim().ToLowerInvariant() switch
    {
        "england" => AreaType.England,
        "region" => AreaType.Region,
        "county" => AreaType.County,
        "district" => AreaType.District,
        "unitary" => AreaType.Unitary,
        _ => null,
    };

    /// <summary>
    /// The type an English GSS code implies, or null for prefixes outside local government. Metropolitan districts
    /// (E08) and London boroughs (E09) are upper-tier authorities with no districts, so they count as unitary.
    /// </summary>
    public static AreaType? FromCode(string code) => code.Length < 3 ? null : code[..3].ToUpperInvariant() switch
    {
        "E92" => AreaType.England,
        "E12" => AreaType.Region,
        "E10" => AreaType.County,
        "E07" => AreaType.District,
        "E06" or "E08" or "E09" => AreaType.Unitary,
        _ => null,
    };

    /// <summary>The type a Fingertips "Area Type" text implies ("Country", "County & UA", "Districts & UAs (from Apr 2023)"...).</summary>
    public static AreaType FromFingertips(string? areaType, string code)
    {
        if (FromCode(code) is { } byCode) return byCode;
        var t = (areaType ?? "").Trim().ToLowerInvariant();
        if (t is "england" or "country") return AreaType.England;
        if (t.StartsWith("region", StringComparison.Ordinal)) return AreaType.Region;
        if (t is "ua" or "unitary authority") return AreaType.Unitary;
        if (t is "county") return AreaType.County;
        if (t.StartsWith("district", StringComparison.Ordinal) && !t.Contains("ua", StringComparison.Ordinal)) return AreaType.District;
        return AreaType.Other;
    }

    /// <summary>The text written in a Fingertips export's "Area Type" column.</summary>
    public static string ToFingertips(AreaType type) => type switch
    {
        AreaType.England => "England",
        AreaType.Region => "Region",
        AreaType.County => "County",
        AreaType.District => "District",
        AreaType.Unitary => "UA",
        _ => "Other",
    };

    /// <summary>The type an area's parent should have, or null when it should have none (England) or any will do.</summary>
    public static AreaType? ExpectedParent(AreaType type) => type switch
    {
        AreaType.District => AreaType.County,
        AreaType.County or AreaType.Unitary => AreaType.Region,
        AreaType.Region => AreaType.England,
        _ => null,
    };
}
