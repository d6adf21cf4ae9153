using System.Text.Json.Serialization;

namespace ReportGen.Fingertips;

/// <summary>
/// What is known about one cached export; stored beside it as <c>fingertips-{id}-{type}.meta.json</c> so the
/// file records where and when it was downloaded.
/// </summary>
public sealed record CacheEntry
{
    /// <summary>The Fingertips indicator number.</summary>
    [JsonPropertyName("indicator_id")] public required int FingertipsId { get; init; }
    /// <summary>The indicators.yaml id it was fetched for, when it had one.</summary>
    [JsonPropertyName("indicator")] public string? IndicatorId { get; init; }
    [JsonPropertyName("child_area_type_id")] public required int ChildAreaTypeId { get; init; }
    [JsonPropertyName("parent_area_type_id")] public required int ParentAreaTypeId { get; init; }
    /// <summary>The URL the file came from.</summary>
    [JsonPropertyName("url")] public string? Url { get; init; }
    /// <summary>When the download finished, in UTC (written as ISO 8601 with a Z).</summary>
    [JsonPropertyName("downloaded_at")] public required DateTime DownloadedAt { get; init; }
    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    [JsonPropertyName("sha256")] public required string Sha256 { get; init; }
    /// <summary>Number of data rows (the header excluded).</summary>
    [JsonPropertyName("rows")] public required int Rows { get; init; }
    /// <summary>Number of columns in the header: 27, or 26 for the older layout.</summary>
    [JsonPropertyName("columns")] public int Columns { get; init; }
    /// <summary>Size of the file in bytes.</summary>
    [JsonPropertyName("bytes")] public long Bytes { get; init; }
    /// <summary>Rows of the download left out of the file because they did not read cleanly (kept in the .quarantine.txt beside it).</summary>
    [JsonPropertyName("quarantined_rows")] public int QuarantinedRows { get; init; }

    /// <summary>
    /// True when the sidecar was missing or unreadable and this entry was made from the file itself; the date is
    /// then the file's last-write time.
    /// </summary>
    [JsonIgnore] public bool Reconstructed { get; init; }

    /// <summary>False when the file's bytes no longer match <see cref="Sha256"/> (edited since it was downloaded).</summary>
    [JsonIgnore] public bool MatchesFile { get; init; } = true;

    /// <summary>The download date as messages print it, e.g. <c>2025-06-01 09:14 UTC</c>.</summary>
    [JsonIgnore] public string DateText => DownloadedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
