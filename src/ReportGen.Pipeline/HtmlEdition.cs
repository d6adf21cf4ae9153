using ReportGen.Docx;
using ReportGen.Documents;
using ReportGen.Html;

namespace ReportGen.Pipeline;

/// <summary>The web edition of a built document, in the same house style as the Word file.</summary>
public sealed class HtmlEdition : IEdition
{
    public string Format => "html";
    public string Description => "accessible web edition in html/index.html (WCAG 2.2 AA; charts as SVG with their data)";
    public bool WantsVectorCharts => true;

    public IReadOnlyList<string> Write(ReportDocument document, string folder, EditionContext context) =>
        Write(document, context.House.Document, Path.Combine(folder, Folder));

    /// <summary>The web edition's folder inside an area's output folder.</summary>
    public const string Folder = "html";

    /// <summary>Writes the page and its assets into <paramref name="folder"/>; returns their paths as "html/index.html", ...</summary>
    public static IReadOnlyList<string> Write(ReportDocument document, DocxStyle house, string folder) =>
        new HtmlWriter(house.Palette).Write(document, folder).Select(f => Folder + "/" + f).ToList();
}
