using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Layout;
using ReportGen.Docx.Parts;
using ReportGen.Docx.Rendering;
using ReportGen.Documents;
using Table = ReportGen.Documents.Table;
using TitlePage = ReportGen.Documents.TitlePage;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Docx;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Word document (.docx) in the house style. The writer only
/// translates the model: numbers and cross-reference texts must already be resolved on it. Output is the same
/// bytes for the same document and style. An instance holds no per-document state and can be reused.
/// </summary>
public sealed class DocxWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>Creates a writer for a house style (the default style if none is given).</summary>
    /// <exception cref="ArgumentException">A colour, size or margin in the style is invalid.</exception>
    public DocxWriter(DocxStyle? style = null)
    {
        Style = style ?? DocxStyle.Default;
        Style.Validate();
    }

    /// <summary>The house style used for every document this writer produces.</summary>
    public DocxStyle Style { get; }

    /// <summary>Writes the document to a stream (which need not be seekable). The stream is left open.</summary>
    public void Write(ReportDocument document, Stream output) => Write(document, output, null);

    /// <summary>
    /// Writes the document to a stream and, when <paramref name="check"/> is given, checks its accessibility on the
    /// package as built, before it is saved: the same findings as checking the written file
    /// (<see cref="Accessibility.DocxAccessibilityChecker.Check(string, Accessibility.AccessibilityCheckOptions?)"/>),
    /// without reading the file back.
    /// </summary>
    public Accessibility.AccessibilityReport? Write(ReportDocument document, Stream output, Accessibility.AccessibilityCheckOptions? check, string documentName = "document.docx")
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var package = new MemoryStream();
        var report = Build(document, package, check, documentName);
        package.Position = 0;
        PackageNormaliser.Copy(package, output);
        return report;
    }

    /// <summary>
    /// Writes the document to a file atomically: the file is written next to the target under a temporary name
    /// and then moved over it, so readers never see a half-written report.
    /// </summary>
    public void Write(ReportDocument document, string path) => Write(document, path, null);

    /// <summary>Writes the document to a file atomically, checking its accessibility on the way when <paramref name="check"/> is given.</summary>
    public Accessibility.AccessibilityReport? Write(ReportDocument document, string path, Accessibility.AccessibilityCheckOptions? check)
    {
        Accessibility.AccessibilityReport? report;
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                report = Write(document, file, check, Path.GetFileName(full));
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
            return report;
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { /* best effort; the original error matters more */ }
            throw;
        }
    }

    private Accessibility.AccessibilityReport? Build(ReportDocument document, Stream target, Accessibility.AccessibilityCheckOptions? check, string documentName)
    {
        string language = string.IsNullOrWhiteSpace(document.Properties.Language) ? "en-GB" : document.Properties.Language.Trim();
        using var package = WordprocessingDocument.Create(target, WordprocessingDocumentType.Document);
        // This package is only an intermediate: PackageNormaliser compresses once, at the end (and stores the images,
        // which are compressed already), so nothing is deflated here.
        package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");

        var context = new RenderContext(document, Style, main, RendererRegistry.CreateDefault());
        var body = new Body();
        var sections = new SectionManager(body, Style, context.Headers, document.Properties.Title,
            NoticeFooter.Add(main, document.Properties.DataNotice));
        context.Sections = sections;
        WriteBody(document.Blocks, body, sections, context);
        sections.Finish();

        main.Document = new Document(body);
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles =
            StylesBuilder.Build(Style, language, sections.PortraitTextWidthTwips);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = SettingsBuilder.Build(language);
        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = context.Numbering.Build(Style);
        context.Footnotes.Save();
        CorePropertiesWriter.Write(package, document.Properties);
        return check is null ? null : Accessibility.DocxAccessibilityChecker.Check(package, documentName, check);
    }

    /// <summary>
    /// The top-level loop: arranges sections (title page, chapters, landscape tables) around the blocks and
    /// hands each block to its renderer.
    /// </summary>
    private static void WriteBody(IReadOnlyList<Block> blocks, Body body, SectionManager sections, RenderContext context)
    {
        var scope = new BlockScope(body);
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block)
            {
                case TitlePage:
                    sections.BeginTitlePage();
                    context.RenderBlock(block, scope);
                    sections.EndTitlePage();
                    continue;
                case Heading { Level: <= 1 } chapter:
                    var title = chapter.PlainText.Trim();
                    sections.BeginChapter(title.Length > 0 ? title : context.Document.Properties.Title);
                    break;
                case Table { Landscape: true }:
                    sections.EnsureOrientation(landscape: true);
                    break;
                case PageBreak when PageAlreadyBreaks(blocks, i, sections):
                    continue;
                default:
                    sections.EnsureOrientation(landscape: false);
                    break;
            }
            context.RenderBlock(block, scope);
            sections.Wrote(isHeading: block is Heading);
            if (EndsBeforeShortClosingLines(blocks, i) && body.LastChild is Paragraph last && last.ParagraphProperties?.SectionProperties is null)
            {
                last.ParagraphProperties ??= new ParagraphProperties();
                last.ParagraphProperties.KeepNext ??= new KeepNext();
            }
        }
    }

    /// <summary>Most characters of a paragraph counted as a short closing line ("Linked priorities: ...", "Timescale: ...").</summary>
    internal const int ShortClosingLine = 160;

    /// <summary>
    /// True when the block at <paramref name="index"/> is text followed only by short lines up to the next heading (or
    /// the end): it is kept with them, so that a closing line such as "Linked priorities: ..." never stands alone at the
    /// top of a page.
    /// </summary>
    internal static bool EndsBeforeShortClosingLines(IReadOnlyList<Block> blocks, int index)
    {
        if (blocks[index] is not (Documents.Paragraph or ListBlock)) return false;
        int j = index + 1;
        if (j >= blocks.Count || !IsShortLine(blocks[j])) return false;
        while (j < blocks.Count && IsShortLine(blocks[j])) j++;
        return j == blocks.Count || blocks[j] is Heading;
    }

    private static bool IsShortLine(Block block) =>
        block is Documents.Paragraph p && Inlines.ToPlainText(p.Content).Length <= ShortClosingLine;

    /// <summary>True where a manual page break would only add a blank page, because a new page starts anyway.</summary>
    private static bool PageAlreadyBreaks(IReadOnlyList<Block> blocks, int index, SectionManager sections)
    {
        if (sections.AtSectionStart) return true;
        var next = index + 1 < blocks.Count ? blocks[index + 1] : null;
        return next switch
        {
            null => true,
            TitlePage or Heading { Level: <= 1 } => true,
            Table { Landscape: true } => !sections.IsLandscape,
            _ => sections.IsLandscape,
        };
    }
}
