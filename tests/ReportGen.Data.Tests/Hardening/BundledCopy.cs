namespace ReportGen.Data.Tests.Hardening;

/// <summary>
/// A private copy of the bundled data folder (the repository's data/), to break one thing in and load: the corpus
/// of bad inputs is made from the real files, so each case is a mistake an analyst could make in them.
/// </summary>
public sealed class BundledCopy : IDisposable
{
    public BundledCopy()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportgen-hardening-" + Guid.NewGuid().ToString("N")[..8]);
        var source = System.IO.Path.Combine(RepoRoot, "data");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(source, file);
            if (relative.StartsWith("tools", StringComparison.Ordinal)) continue;
            var target = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    public string File_(string relative) => System.IO.Path.Combine(Path, relative);

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("Could not find the repository root above " + AppContext.BaseDirectory);
    }

    /// <summary>Replaces line <paramref name="line"/> (1-based) of a file.</summary>
    public void ReplaceLine(string relative, int line, Func<string, string> change)
    {
        var path = File_(relative);
        var lines = File.ReadAllLines(path);
        lines[line - 1] = change(lines[line - 1]);
        File.WriteAllLines(path, lines);
    }

    /// <summary>The 1-based number of the first line of a file that satisfies <paramref name="match"/>.</summary>
    public int LineWhere(string relative, Func<string, bool> match) =>
        Array.FindIndex(File.ReadAllLines(File_(relative)), l => match(l)) + 1;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
