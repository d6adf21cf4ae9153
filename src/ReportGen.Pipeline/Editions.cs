using ReportGen.Documents;
using ReportGen.Docx;

namespace ReportGen.Pipeline;

/// <summary>What an edition writer is given besides the document: the house style and the name its files share.</summary>
/// <param name="House">The house style (Word styles, chart colours).</param>
/// <param name="BaseName">The file name without extension shared by every edition of one area ("peterborough-drug-...-2024-25").</param>
public sealed record EditionContext(HouseStyle House, string BaseName)
{
    /// <summary>When set, the Word edition checks the accessibility of the document it writes, as it writes it.</summary>
    public Docx.Accessibility.AccessibilityCheckOptions? CheckAccessibility { get; init; }

    /// <summary>The Word edition's accessibility report, when <see cref="CheckAccessibility"/> asked for one.</summary>
    public Docx.Accessibility.AccessibilityReport? Accessibility { get; set; }
}

/// <summary>
/// One output format of the built document (an "edition"): Word now, HTML next. A writer sees only the document
/// model and writes into the folder it is given; it knows nothing about data or templates. Register a new one with
/// one line in <see cref="Editions.All"/>.
/// </summary>
public interface IEdition
{
    /// <summary>The name used with <c>--format</c> ("docx").</summary>
    string Format { get; }
    /// <summary>One line for <c>--help</c>.</summary>
    string Description { get; }
    /// <summary>Writes the edition into <paramref name="folder"/>; returns the names of the files written, relative to it.</summary>
    IReadOnlyList<string> Write(ReportDocument document, string folder, EditionContext context);
    /// <summary>True when the edition draws charts from their SVG rendition (the build then renders one).</summary>
    bool WantsVectorCharts => false;
}

/// <summary>The Word edition: the analyst's editable draft, and the source of the PDF.</summary>
public sealed class DocxEdition : IEdition
{
    public string Format => "docx";
    public string Description => "Word document (the editable draft; the PDF is made from it)";

    public IReadOnlyList<string> Write(ReportDocument document, string folder, EditionContext context)
    {
        var name = context.BaseName + ".docx";
        // Checked on the package as built, before it is saved: the findings of checking the file, without reading it back.
        context.Accessibility = new DocxWriter(context.House.Document).Write(document, Path.Combine(folder, name), context.CheckAccessibility);
        return [name];
    }
}

/// <summary>The registered editions and post-steps: the one place a new output format is added.</summary>
public static class Editions
{
    /// <summary>Every edition a build can write, in the order they are written.</summary>
    public static readonly IReadOnlyList<IEdition> All =
    [
        new DocxEdition(),
        new HtmlEdition(),
    ];

    /// <summary>Formats made from an edition after it is written (PDF is converted from the Word file by LibreOffice).</summary>
    public static readonly IReadOnlyDictionary<string, string> PostSteps = new Dictionary<string, string>
    {
        ["pdf"] = "PDF converted from the Word document by LibreOffice",
    };

    /// <summary>Every name <c>--format</c> accepts.</summary>
    public static IReadOnlyList<string> Formats => All.Select(e => e.Format).Concat(PostSteps.Keys).ToList();

    /// <summary>The editions a build with these formats writes: Word always (the PDF and a refresh are made from it), then the others asked for.</summary>
    public static IReadOnlyList<IEdition> Selected(IEnumerable<string> formats)
    {
        var asked = formats.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return All.Where(e => e.Format == "docx" || asked.Contains(e.Format)).ToList();
    }

    public static IEdition? Find(string format) => All.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));
}
