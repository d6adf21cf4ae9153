using ReportGen.Data.Diagnostics;

namespace ReportGen.Templates.Definitions;

/// <summary>
/// Finds files in a report's template folder that cannot be read before anything uses them: symbolic links that
/// loop or lead nowhere, and folders standing where a file should be. Each gets one error naming the file.
/// </summary>
public static class TemplateFolderCheck
{
    /// <summary>Deepest folder nesting walked; a template folder is two or three levels deep.</summary>
    private const int MaxDepth = 12;
    /// <summary>Most entries walked, so a huge or cyclic tree cannot take unbounded time.</summary>
    private const int MaxEntries = 20_000;

    /// <summary>Why <paramref name="path"/> cannot be read as a file, or null when it can.</summary>
    public static string? FileProblem(string path)
    {
        FileSystemInfo info = new FileInfo(path);
        try
        {
            if (info.LinkTarget is { } target)
            {
                var final = info.ResolveLinkTarget(returnFinalTarget: true);
                if (final is null || !final.Exists)
                    return Directory.Exists(path) ? "is a link to a folder, not a file" : $"is a symbolic link to '{target}', which does not exist";
            }
        }
        catch (IOException)
        {
            return "is a symbolic link that leads back to itself (a loop of links), so it cannot be read";
        }
        if (Directory.Exists(path)) return "is a folder, but a file was expected";
        if (!File.Exists(path)) return "does not exist";
        return null;
    }

    /// <summary>Reports every link in <paramref name="folder"/> (walked to a limited depth) that loops or leads nowhere.</summary>
    public static void Check(string folder, DiagnosticBag diagnostics)
    {
        int seen = 0;
        Walk(folder, 0, diagnostics, ref seen);
    }

    private static void Walk(string folder, int depth, DiagnosticBag diagnostics, ref int seen)
    {
        if (depth > MaxDepth) return;
        IEnumerable<string> entries;
        try { entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("TPL030", $"The folder could not be read: {ErrorText.Plain(e)}", folder,
                fix: "Check the folder exists and that you may read it.");
            return;
        }
        foreach (var entry in entries)
        {
            if (++seen > MaxEntries) return;
            var info = new FileInfo(entry);
            if (info.LinkTarget is not null)
            {
                string? problem = null;
                try
                {
                    var final = info.ResolveLinkTarget(returnFinalTarget: true);
                    if (final is null || !final.Exists) problem = $"is a symbolic link to '{info.LinkTarget}', which does not exist";
                }
                catch (IOException) { problem = "is a symbolic link that leads back to itself (a loop of links)"; }
                if (problem is not null)
                {
                    diagnostics.Error("TPL030", $"This template file {problem}.", entry,
                        fix: "Delete the link or point it at a real file inside the templates folder.");
                    continue;
                }
                // A linked folder is not walked into: it could lead back up the tree.
                if (Directory.Exists(entry)) continue;
            }
            else if (Directory.Exists(entry))
                Walk(entry, depth + 1, diagnostics, ref seen);
        }
    }
}
