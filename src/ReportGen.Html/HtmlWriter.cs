using System.Text;
using ReportGen.Documents;

namespace ReportGen.Html;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as the accessible web edition: <c>index.html</c> with <c>style.css</c>
/// beside it (and a <c>figures/</c> folder for any picture that has no SVG rendition). Like the Word writer it only
/// translates the model: numbers and cross-reference texts must already be resolved on it (DocumentNumbering), and
/// captions and headings print them the same way (CaptionLabels). The page is self-contained: it loads nothing from
/// outside its folder and needs no JavaScript.
/// </summary>
public sealed class HtmlWriter
{
    public const string PageName = "index.html";
    public const string StyleSheetName = "style.css";
    public const string FiguresFolder = "figures";

    public HtmlWriter(HousePalette? style = null)
    {
        Style = style ?? HousePalette.Default;
        PaletteCheck.Validate(Style);
    }

    public HousePalette Style { get; }

    /// <summary>The page and its assets as relative path to bytes, in a stable order.</summary>
    public IReadOnlyList<(string Path, byte[] Content)> Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = new HtmlPage(document);
        var html = page.Render();
        var utf8 = new UTF8Encoding(false);
        var files = new List<(string, byte[])>
        {
            (PageName, utf8.GetBytes(html)),
            (StyleSheetName, utf8.GetBytes(HtmlCss.Build(Style))),
        };
        files.AddRange(page.Pictures.Select(p => (FiguresFolder + "/" + p.Name, p.Png)));
        return files;
    }

    /// <summary>
    /// Writes the page and its assets into <paramref name="folder"/> (created if missing). Each file is written
    /// under a temporary name and moved into place. Returns the relative paths written ("index.html", ...).
    /// </summary>
    public IReadOnlyList<string> Write(ReportDocument document, string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var written = new List<string>();
        foreach (var (path, content) in Render(document))
        {
            var target = Path.GetFullPath(Path.Combine(folder, path));
            var dir = Path.GetDirectoryName(target)!;
            Directory.CreateDirectory(dir);
            var temp = Path.Combine(dir, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            try
            {
                File.WriteAllBytes(temp, content);
                File.Move(temp, target, overwrite: true);
            }
            catch
            {
                try { File.Delete(temp); } catch (IOException) { /* the original error matters more */ }
                throw;
            }
            written.Add(path);
        }
        return written;
    }
}
