namespace ReportGen.Publishing;

/// <summary>What happened to one output file when a build committed its files.</summary>
public sealed record CommittedFile(string Path, bool KeptEditedDraft, string? EditedDraftPath = null);

/// <summary>
/// Writes a build's files safely. Everything is first written to a staging folder beside the outputs; only when
/// the whole area has been produced are the files moved into place, each by an atomic rename. An interrupted build
/// therefore leaves the previous outputs untouched. A Word file that someone edited after it was generated (its hash
/// no longer matches the previous manifest) is never overwritten unless forced: the new draft is written beside it.
/// </summary>
public sealed class OutputFolder
{
    private const string StagingName = ".reportgen-staging";

    public OutputFolder(string folder)
    {
        Folder = folder;
        try
        {
            Directory.CreateDirectory(folder);
            // The staging folder's name carries the owning process id, so each build has its own and knows which are its.
            Staging = Path.Combine(folder, $"{StagingName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
            // Staging folders left by a build that is no longer running are only scratch space: clear them. A live
            // build's folder is never touched.
            foreach (var old in Directory.GetDirectories(folder, StagingName + "*"))
                if (IsOrphaned(old)) TryDelete(old);
            Directory.CreateDirectory(Staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.Describe(e, folder);
        }
    }

    /// <summary>True when the staging folder's owner (the process id in its name) is no longer running.</summary>
    private static bool IsOrphaned(string stagingFolder)
    {
        var parts = Path.GetFileName(stagingFolder).Split('-');
        // ".reportgen-staging-<pid>-<id>"; older builds wrote ".reportgen-staging-<id>" with no owner: stale after an hour.
        if (parts.Length >= 4 && int.TryParse(parts[2], out var pid))
            return pid != Environment.ProcessId && !ProcessIsRunning(pid);
        return DateTime.UtcNow - Directory.GetLastWriteTimeUtc(stagingFolder) > TimeSpan.FromHours(1);
    }

    private static bool ProcessIsRunning(int pid)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try { using var p = System.Diagnostics.Process.GetProcessById(pid); return !p.HasExited; }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException) { return false; }
    }

    public string Folder { get; }
    public string Staging { get; }

    /// <summary>The path to write a file to during the build; it becomes <c>Folder/fileName</c> on commit.</summary>
    public string StagedPath(string fileName) => Path.Combine(Staging, fileName);

    /// <summary>
    /// The hash recorded for a file by the previous build, and whether the file on disk still has it.
    /// A file with no previous record is treated as unedited only when it does not exist.
    /// </summary>
    public static bool WasEditedSinceGenerated(string path, BuildManifest? previous)
    {
        if (!File.Exists(path)) return false;
        var name = System.IO.Path.GetFileName(path);
        var recorded = previous?.Outputs.FirstOrDefault(o => o.Path == name);
        if (recorded is null) return previous is not null; // a file the tool did not write: never overwrite it silently
        return BuildManifest.Sha256Of(path) != recorded.Sha256;
    }

    /// <summary>
    /// Moves every staged file into place. Files listed in <paramref name="protect"/> (edited drafts) are not replaced:
    /// the new file goes beside them with a suffix, and the returned record says where.
    /// </summary>
    public IReadOnlyList<CommittedFile> Commit(IEnumerable<string> stagedFileNames, ISet<string> protect, string draftSuffix)
    {
        var committed = new List<CommittedFile>();
        foreach (var name in stagedFileNames)
        {
            var source = StagedPath(name);
            if (!File.Exists(source)) continue;
            var target = Path.Combine(Folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!); // the web edition lives in a sub-folder
            if (protect.Contains(name))
            {
                var beside = Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + draftSuffix + Path.GetExtension(name));
                File.Move(source, beside, overwrite: true);
                committed.Add(new CommittedFile(beside, KeptEditedDraft: true, EditedDraftPath: target));
            }
            else
            {
                File.Move(source, target, overwrite: true);
                committed.Add(new CommittedFile(target, KeptEditedDraft: false));
            }
        }
        TryDelete(Staging);
        return committed;
    }

    /// <summary>Throws the staged files away (a failed build).</summary>
    public void Discard() => TryDelete(Staging);

    /// <summary>Writes text to a file atomically: a temporary file in the same folder, then a rename.</summary>
    public static void WriteAllTextAtomic(string path, string text)
    {
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
