using System.IO.Compression;

namespace ReportGen.Docx.Parts;

/// <summary>
/// Copies the finished package into the output zip with a fixed entry timestamp and [Content_Types].xml first,
/// so the same document always gives the same bytes. PNG entries are stored (they are compressed already).
/// </summary>
internal static class PackageNormaliser
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream package, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .ToList(); // stable: otherwise keeps the package's own order
        foreach (var entry in entries)
        {
            bool stored = entry.FullName.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
                || entry.FullName.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
                || entry.FullName.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase);
            var copy = target.CreateEntry(entry.FullName, stored ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
