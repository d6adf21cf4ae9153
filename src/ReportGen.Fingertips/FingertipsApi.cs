using System.Globalization;

namespace ReportGen.Fingertips;

/// <summary>The Fingertips API routes this project uses.</summary>
public static class FingertipsApi
{
    /// <summary>The public API root, as fingertipsR uses it.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://fingertips.phe.org.uk/api/");

    /// <summary>
    /// The "all data" CSV for one indicator and one area type:
    /// <c>all_data/csv/by_indicator_id?indicator_ids=..&amp;child_area_type_id=..&amp;parent_area_type_id=..&amp;include_sortable_time_periods=yes</c>.
    /// </summary>
    public static Uri AllDataCsv(Uri baseUrl, int fingertipsId, FingertipsAreaType areaType)
    {
        var query = string.Create(CultureInfo.InvariantCulture,
            $"all_data/csv/by_indicator_id?indicator_ids={fingertipsId}&child_area_type_id={areaType.ChildId}&parent_area_type_id={areaType.ParentId}&include_sortable_time_periods=yes");
        return new Uri(NormaliseBase(baseUrl), query);
    }

    /// <summary>
    /// The metadata of some indicators as CSV, as fingertipsR's <c>indicator_metadata()</c> asks for it:
    /// <c>indicator_metadata/csv/by_indicator_id?indicator_ids=90244%2C90245</c>.
    /// </summary>
    public static Uri IndicatorMetadataCsv(Uri baseUrl, IEnumerable<int> fingertipsIds) =>
        new(NormaliseBase(baseUrl), "indicator_metadata/csv/by_indicator_id?indicator_ids=" +
            string.Join("%2C", fingertipsIds.Select(i => i.ToString(CultureInfo.InvariantCulture))));

    /// <summary>The list of area types and their parents (JSON), as fingertipsR's <c>area_types()</c> reads it.</summary>
    public static Uri AreaTypes(Uri baseUrl) => new(NormaliseBase(baseUrl), "area_types");

    /// <summary>
    /// Parses a base URL given by a user. It must be absolute http or https; a missing final slash is added so
    /// relative routes land below it rather than replacing its last segment.
    /// </summary>
    public static bool TryParseBaseUrl(string? text, out Uri baseUrl)
    {
        baseUrl = DefaultBaseUrl;
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var parsed)) return false;
        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps) return false;
        baseUrl = NormaliseBase(parsed);
        return true;
    }

    private static Uri NormaliseBase(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
