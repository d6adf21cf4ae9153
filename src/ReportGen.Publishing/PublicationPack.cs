using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Publishing;

/// <summary>What goes on the publication page beside the files.</summary>
public sealed record PublicationMetadata
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string PublicationDate { get; init; }
    public required IReadOnlyList<string> Areas { get; init; }
    public string Publisher { get; init; } = "";
    public string Licence { get; init; } = "Open Government Licence v3.0";
    public string LicenceUrl { get; init; } = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    public string Language { get; init; } = "en-GB";
    /// <summary>True when any value in the pack is illustrative (made up, not a published figure).</summary>
    public bool ContainsIllustrativeData { get; init; }
    /// <summary>Plain words on what is illustrative; null when nothing is.</summary>
    public string? DataNotice { get; init; }
    /// <summary>The indicators with illustrative values and how many of their printed values are illustrative.</summary>
    public IReadOnlyList<IllustrativeIndicator>? IllustrativeIndicators { get; init; }
    /// <summary>Comparator groups shown whose membership is illustrative.</summary>
    public IReadOnlyList<string>? IllustrativeComparatorGroups { get; init; }
    public IReadOnlyList<PackFile> Files { get; init; } = [];
}

/// <summary>An indicator some of whose printed values are illustrative.</summary>
public sealed record IllustrativeIndicator(string Indicator, string Name, int IllustrativeValues);

public sealed record PackFile(string Name, string Description, string Format, long Bytes, string Sha256);

/// <summary>
/// The publication pack for one area (for Cambridgeshire Insight): the PDF, the Word file, one CSV per figure and
/// table, one XLSX workbook with all of them, and metadata.json describing every file. Written into a staging folder
/// and moved into place, so a half-made pack never replaces a good one.
/// </summary>
public static class PublicationPack
{
    /// <param name="htmlFiles">The web edition's files (index.html first), copied into <c>html/</c> keeping their relative paths.</param>
    public static IReadOnlyList<string> Write(string folder, PublicationMetadata metadata, string docxPath, string? pdfPath,
        IReadOnlyList<PublishedData> data, IReadOnlyList<(string Relative, string Path)>? htmlFiles = null)
    {
        Directory.CreateDirectory(folder);
        var staging = folder + ".staging-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(Path.Combine(staging, "data"));
        try
        {
            var files = new List<(string Relative, string Description, string Format)>();
            void Copy(string source, string description, string format)
            {
                var name = Path.GetFileName(source);
                File.Copy(source, Path.Combine(staging, name));
                files.Add((name, description, format));
            }
            Copy(docxPath, "The full report as a Word document", "DOCX");
            if (pdfPath is not null) Copy(pdfPath, "The full report as an accessible (tagged) PDF", "PDF");
            foreach (var (relative, source) in htmlFiles ?? [])
            {
                var name = "html/" + relative.Replace('\\', '/');
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(staging, name))!);
                File.Copy(source, Path.Combine(staging, name));
                files.Add((name, relative.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                    ? "The full report as an accessible web page (open html/index.html)" : "Part of the web page", MimeFormat(relative)));
            }

            foreach (var item in data)
            {
                var name = $"data/{item.Slug}.csv";
                File.WriteAllText(Path.Combine(staging, name), ToCsv(item), new UTF8Encoding(true));
                files.Add((name, $"Data for {item.Label}: {item.Title}", "CSV"));
            }
            var workbook = "data/" + Slugify(metadata.Title) + "-data.xlsx";
            DataWorkbook.Write(Path.Combine(staging, workbook), metadata.Title, data);
            files.Add((workbook, "The data behind every figure and table, one sheet each", "XLSX"));

            var described = metadata with
            {
                Files = files.Select(f =>
                {
                    var full = Path.Combine(staging, f.Relative);
                    return new PackFile(f.Relative, f.Description, f.Format, new FileInfo(full).Length, BuildManifest.Sha256Of(full));
                }).ToList(),
            };
            File.WriteAllText(Path.Combine(staging, "metadata.json"), JsonSerializer.Serialize(described, Json));

            // Swap the finished pack in.
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.Move(staging, folder);
            return described.Files.Select(f => Path.Combine(folder, f.Name)).Append(Path.Combine(folder, "metadata.json")).ToList();
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string ToCsv(PublishedData item)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", item.PublishedColumns.Select(CellValue.ToCsv)));
        foreach (var row in item.PublishedRows) sb.AppendLine(string.Join(",", row.Select(CellValue.ToCsv)));
        return sb.ToString();
    }

    private static string MimeFormat(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" => "HTML",
        ".css" => "CSS",
        ".png" => "PNG",
        var other => other.TrimStart('.').ToUpperInvariant(),
    };

    private static string Slugify(string s) =>
        string.Join("-", new string(s.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
