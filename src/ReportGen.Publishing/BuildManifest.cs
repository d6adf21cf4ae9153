using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Publishing;

/// <summary>A file that went into or came out of a build, with its SHA-256.</summary>
public sealed record FileHash(string Path, string Sha256);

/// <summary>One value as the report printed it, and where.</summary>
/// <remarks><paramref name="Breakdown"/> is empty (or absent in older manifests) for the headline value, otherwise
/// "sex|age|category type|category": a female-only value is never matched against the persons value.</remarks>
public sealed record ManifestValue(string Indicator, string Area, string? Period, string Field, string Text,
    double? Value, double? Lower95, double? Upper95, string? Comparison, string Location, string? Breakdown = null)
{
    /// <summary>"published" or "illustrative" (any row behind it illustrative); null for "not available" text.</summary>
    public string? Provenance { get; init; }
    /// <summary>The data rows behind the value ("data/tidy/drug-deaths.csv:12").</summary>
    public IReadOnlyList<string>? Sources { get; init; }
}

/// <summary>A chart or table: its caption, where its template is, and how many of the data rows behind it are
/// illustrative, with every row ("file:row") and the illustrative ones listed.</summary>
public sealed record ManifestBlock(string Caption, string Location, int Values, int Illustrative,
    IReadOnlyList<string> IllustrativeSources, IReadOnlyList<string> Sources)
{
    /// <summary>The illustrative comparator group the block shows, if any.</summary>
    public string? IllustrativeComparatorGroup { get; init; }
}

/// <summary>How much of the report is illustrative: counts, and illustrative values by indicator.</summary>
public sealed record ManifestProvenance(int Values, int Illustrative, int TextValues, int TextIllustrative,
    int FigureAndTableValues, int FigureAndTableIllustrative, IReadOnlyDictionary<string, int> IllustrativeByIndicator,
    IReadOnlyList<string> IllustrativeComparatorGroups)
{
    /// <summary>The notice printed on the cover and every page, or null when none was needed.</summary>
    public string? Notice { get; init; }
}

/// <summary>One paragraph of generated text, keyed by where it sits, for spotting changes in wording.</summary>
public sealed record ManifestSentence(string Key, string Text);

/// <summary>
/// Written beside each area's outputs (manifest.json): the inputs with their hashes, the template version, the
/// outputs with their hashes (so an edited draft is recognised), and every value and paragraph the report rendered.
/// </summary>
public sealed record BuildManifest
{
    public const string FileName = "manifest.json";

    public string Tool { get; init; } = "ReportGen";
    public string ToolVersion { get; init; } = "";
    public DateTimeOffset GeneratedAt { get; init; }
    public required string AreaCode { get; init; }
    public required string AreaName { get; init; }
    /// <summary>A hash over every template and per-area content file: changes when the template does.</summary>
    public string TemplateVersion { get; init; } = "";
    public IReadOnlyList<FileHash> Inputs { get; init; } = [];
    public IReadOnlyList<FileHash> Templates { get; init; } = [];
    public IReadOnlyList<FileHash> Outputs { get; init; } = [];
    public IReadOnlyList<ManifestValue> Values { get; init; } = [];
    public IReadOnlyList<ManifestSentence> Sentences { get; init; } = [];
    /// <summary>Published or illustrative: the totals (null in manifests written before it was recorded).</summary>
    public ManifestProvenance? Provenance { get; init; }
    /// <summary>Every chart and table with the data rows behind it.</summary>
    public IReadOnlyList<ManifestBlock> Blocks { get; init; } = [];

    // Written and read by generated code (System.Text.Json source generation): a cold build would otherwise spend
    // about a tenth of a second building the same serializer by reflection.
    public string ToJson() => JsonSerializer.Serialize(this, BuildManifestJson.Default.BuildManifest);

    public static BuildManifest? Read(string path)
    {
        if (!File.Exists(path)) return null;
        try { return JsonSerializer.Deserialize(File.ReadAllText(path), BuildManifestJson.Default.BuildManifest); }
        catch (JsonException) { return null; }
    }

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    // A link that loops or leads nowhere cannot be hashed; the template check reports it, the manifest notes it.
    private static string SafeSha256Of(string path)
    {
        try { return Sha256Of(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "unreadable"; }
    }

    /// <summary>Hashes every file below <paramref name="folder"/> (relative paths, sorted) and one hash over them all.</summary>
    public static (IReadOnlyList<FileHash> Files, string Combined) HashFolder(string folder, string relativeTo, Func<string, bool>? include = null)
    {
        if (!Directory.Exists(folder)) return ([], "");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => include?.Invoke(f) ?? true)
            .Select(f => new FileHash(Path.GetRelativePath(relativeTo, f).Replace('\\', '/'), SafeSha256Of(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var combined = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join("\n", files.Select(f => f.Path + " " + f.Sha256)))));
        return (files, combined);
    }
}

/// <summary>The manifest's serializer, generated at compile time.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BuildManifest))]
internal sealed partial class BuildManifestJson : JsonSerializerContext;
