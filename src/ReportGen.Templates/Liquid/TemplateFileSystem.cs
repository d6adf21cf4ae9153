using System.Text;
using Fluid;

namespace ReportGen.Templates.Liquid;

/// <summary>
/// Resolves <c>{% include 'local-services' %}</c>: the area's own file (areas/NAME/local-services.md) wins over
/// the shared one (partials/local-services.md). This is how per-area content extends or overrides the template.
/// File access is confined to the report's templates folder: a name may not be absolute, may not contain "..", and
/// may not reach a file through a symbolic link that leads outside that folder.
/// </summary>
public sealed class TemplateFileSystem(IReadOnlyList<string> searchFolders, string? root = null)
{
    private readonly string _root = Path.GetFullPath(root ?? CommonRoot(searchFolders));
    private readonly List<(string Path, string Text)> _read = [];

    /// <summary>The files read by includes so far, in order, for naming the file an error is in.</summary>
    public IReadOnlyList<(string Path, string Text)> FilesRead { get { lock (_read) return _read.ToList(); } }

    /// <summary>The text of the named include file; a <see cref="TemplateException"/> when it is refused or missing.</summary>
    public (string Path, string Text) Read(string templateName)
    {
        var name = templateName.Trim('\'', '"', ' ');
        var refusal = Refuse(name);
        if (refusal is not null)
            throw new TemplateException($"The include '{name}' was refused: {refusal} Includes name a file in the area's folder or partials/, e.g. {{% include 'local-services' %}}.");
        var file = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name : name + ".md";
        foreach (var folder in searchFolders)
        {
            var path = Path.GetFullPath(Path.Combine(folder, file));
            if (!File.Exists(path)) continue;
            if (!Inside(path)) throw new TemplateException($"The include '{name}' was refused: it lies outside the templates folder {_root}.");
            if (LeavesRoot(path)) throw new TemplateException($"The include '{name}' was refused: it is reached through a symbolic link that leads outside the templates folder {_root}.");
            var text = File.ReadAllText(path);
            lock (_read) _read.Add((path, text));
            return (path, text);
        }
        throw new TemplateException($"No include file '{file}' in {string.Join(" or ", searchFolders)}.");
    }

    private static string? Refuse(string name)
    {
        if (name.Length == 0) return "the name is empty.";
        if (Path.IsPathRooted(name) || name.StartsWith('/') || name.StartsWith('\\') || name.Contains(':')) return "it is an absolute path.";
        if (name.Split('/', '\\').Any(part => part == "..")) return "it contains '..'.";
        if (name.Any(c => char.IsControl(c))) return "it contains a control character.";
        return null;
    }

    private bool Inside(string fullPath)
    {
        var root = _root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(root, StringComparison.Ordinal);
    }

    /// <summary>True when the file, or any folder between it and the root, is a link whose target is outside the root.</summary>
    private bool LeavesRoot(string fullPath)
    {
        for (var current = fullPath; current is not null && Inside(current); current = Path.GetDirectoryName(current))
        {
            FileSystemInfo info = File.Exists(current) ? new FileInfo(current) : new DirectoryInfo(current);
            if (info.LinkTarget is null) continue;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !Inside(Path.GetFullPath(target.FullName))) return true;
        }
        return false;
    }

    private static string CommonRoot(IReadOnlyList<string> folders)
    {
        if (folders.Count == 0) return Directory.GetCurrentDirectory();
        var first = Path.GetFullPath(folders[0]);
        var root = first;
        foreach (var f in folders.Skip(1).Select(Path.GetFullPath))
            while (!f.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && f != root)
                root = Path.GetDirectoryName(root) ?? root;
        return root;
    }

    /// <summary>The Fluid file provider: finds this render's file system in the context and reads through it.</summary>
    internal static readonly ITemplateFileProvider Provider = new DelegateTemplateFileProvider((path, context, _) =>
    {
        var files = (TemplateFileSystem)context.AmbientValues[AmbientKey];
        var (full, text) = files.Read(path);
        var bytes = Encoding.UTF8.GetBytes(text);
        return new ValueTask<TemplateSourceInfo>(new TemplateSourceInfo(File.GetLastWriteTimeUtc(full),
            _ => new ValueTask<Stream>(new MemoryStream(bytes, writable: false)), full));
    });

    internal const string AmbientKey = "reportgen.files";
}

/// <summary>A template problem found while rendering, reported with the file (and place) it is in.</summary>
public sealed class TemplateException(string message) : Exception(message);
