using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportGen.Fingertips;

/// <summary>
/// The folder of downloaded exports (normally data/fingertips/): one CSV per indicator and area type, named
/// <c>fingertips-{indicator}-{area type}.csv</c>, each with a <c>.meta.json</c> sidecar recording its URL, download
/// time (UTC), SHA-256 and row count. A new download is written beside the old file under a name that does not end
/// in .csv (so the data loader never sees it half written) and moved over it only once it has passed every check.
/// </summary>
public sealed class FingertipsCache(string directory)
{
    // Relaxed escaping keeps the '&' of URLs readable in the sidecar; the file is never embedded in HTML.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The cache folder.</summary>
    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>Where the export of <paramref name="item"/> is kept.</summary>
    public string CsvPath(FetchItem item) => Path.Combine(Directory, item.FileStem + ".csv");

    /// <summary>Where rows left out of <paramref name="item"/>'s export are kept (not .csv, so never read as data).</summary>
    public string QuarantinePath(FetchItem item) => Path.Combine(Directory, item.FileStem + ".quarantine.txt");

    /// <summary>Where the sidecar of <paramref name="item"/> is kept.</summary>
    public string MetaPath(FetchItem item) => Path.Combine(Directory, item.FileStem + ".meta.json");

    /// <summary>
    /// The cached copy of <paramref name="item"/>, or null when there is none. A copy whose sidecar is missing or
    /// unreadable is still returned, dated by the file's last-write time (<see cref="CacheEntry.Reconstructed"/>);
    /// one whose bytes differ from the recorded SHA-256 is returned with <see cref="CacheEntry.MatchesFile"/> false.
    /// </summary>
    public CacheEntry? Find(FetchItem item)
    {
        var csv = CsvPath(item);
        if (!File.Exists(csv)) return null;
        var sha = Sha256Of(csv);
        var recorded = ReadMeta(MetaPath(item));
        if (recorded is not null && (recorded.FingertipsId != item.FingertipsId || recorded.ChildAreaTypeId != item.AreaType.ChildId))
            recorded = null;   // a sidecar copied from another file says nothing about this one
        if (recorded is not null) return recorded with { MatchesFile = recorded.Sha256.Equals(sha, StringComparison.OrdinalIgnoreCase) };

        CsvShape shape;
        using (var stream = File.OpenRead(csv)) shape = CsvShape.Scan(stream);
        return new CacheEntry
        {
            FingertipsId = item.FingertipsId,
            IndicatorId = item.IndicatorId,
            ChildAreaTypeId = item.AreaType.ChildId,
            ParentAreaTypeId = item.AreaType.ParentId,
            DownloadedAt = File.GetLastWriteTimeUtc(csv),
            Sha256 = sha,
            Rows = shape.DataRecords,
            Columns = shape.Header.Count,
            Bytes = new FileInfo(csv).Length,
            Reconstructed = true,
        };
    }

    /// <summary>A fresh path in the cache folder for a download in progress; it never ends in .csv.</summary>
    public string NewTempPath(FetchItem item)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(Directory, $".{item.FileStem}.{Guid.NewGuid():N}.download");
    }

    /// <summary>
    /// Makes the checked download at <paramref name="tempPath"/> the cached copy of <paramref name="item"/>, with
    /// <paramref name="entry"/> as its sidecar. The CSV is moved into place in one rename; the sidecar follows.
    /// </summary>
    public void Commit(FetchItem item, string tempPath, CacheEntry entry)
    {
        var metaTemp = tempPath + ".meta";
        try
        {
            File.WriteAllText(metaTemp, JsonSerializer.Serialize(entry, Json) + Environment.NewLine);
            File.Move(tempPath, CsvPath(item), overwrite: true);
            File.Move(metaTemp, MetaPath(item), overwrite: true);
        }
        finally
        {
            TryDelete(metaTemp);
        }
    }

    /// <summary>Lower-case hex SHA-256 of a file's bytes.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Deletes a file if it is there, ignoring failure (a leftover temp file is harmless).</summary>
    internal static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static CacheEntry? ReadMeta(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<CacheEntry>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }
}
