using DotLiquid;
using DotLiquid.Exceptions;
using DotLiquid.FileSystems;

namespace ReportGen.Templates.Liquid;

/// <summary>
/// Resolves <c>{% include 'local-services' %}</c>: the area's own file (areas/NAME/local-services.md) wins over
/// the shared one (partials/local-services.md). This is how per-area content extends or overrides the template.
/// </summary>
public sealed class TemplateFileSystem(IReadOnlyList<string> searchFolders) : IFileSystem
{
    public string ReadTemplateFile(Context context, string templateName)
    {
        var name = (context[templateName] as string ?? templateName).Trim('\'', '"', ' ');
        var file = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name : name + ".md";
        foreach (var folder in searchFolders)
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileSystemException($"No include file '{file}' in {string.Join(" or ", searchFolders)}.");
    }
}
