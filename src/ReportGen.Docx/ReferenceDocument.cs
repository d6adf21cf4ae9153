using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Accessibility;
using ReportGen.Docx.HouseStyle;
using ReportGen.Docx.Parts;
using ReportGen.Documents;

namespace ReportGen.Docx;

/// <summary>
/// The house style as a Word document a council can edit: its styles (Normal, Title, Heading1-4, Caption,
/// TOC1-3, FootnoteText, Hyperlink and the ReportGen styles such as SourceNote, Lead, KeyInsightsBox, TableText,
/// TableHeading and the Report Table table style) and its page size and margins decide how reports look.
/// Swapping the file changes the reports without any code change.
/// </summary>
public static class ReferenceDocument
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>Where the repository keeps the default reference document, relative to its root.</summary>
    public const string DefaultRelativePath = "templates/house-style/reference.docx";

    /// <summary>Writes the reference document of the default house style (<see cref="DocxStyle.Default"/>).</summary>
    public static void WriteDefault(string path) => Write(DocxStyle.Default, path);

    /// <summary>
    /// Writes a reference document for a house style: the same styles.xml the writer produces for it, a sample of
    /// every style, and the style's page size and margins. The bytes are the same for the same style.
    /// </summary>
    public static void Write(DocxStyle style, string path)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        style.Validate();
        const string language = "en-GB";
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
            main.Document = new Document(ReferenceSample.Build(style));
            int textWidth = Support.Units.Twips(style.PageWidthCm - style.MarginLeftCm - style.MarginRightCm);
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StylesBuilder.Build(style, language, textWidth);
            CorePropertiesWriter.Write(word, new DocumentProperties
            {
                Title = "ReportGen house style reference",
                Subject = "Styles, page size and margins for ReportGen reports",
                Language = language,
            });
        }
        package.Position = 0;
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None);
        PackageNormaliser.Copy(package, file);
    }

    /// <summary>Reads a reference document into a house style; the same as <see cref="DocxStyle.FromReferenceDocument(string)"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a readable .docx, has no styles, or gives impossible sizes.</exception>
    public static DocxStyle Load(string path) => ReferenceStyleReader.Read(path);

    /// <summary>
    /// Reads a reference document and checks the colours it gives against WCAG 2 text contrast (4.5:1 by
    /// default): each writer style's text on white or on its own shading, table header text on the header fill,
    /// links inside boxes, and so on. A low-contrast reference is reported here, not silently used.
    /// </summary>
    public static AccessibilityReport Check(string path, AccessibilityCheckOptions? options = null) =>
        DocxAccessibilityChecker.CheckHouseStyle(Load(path), options);

    /// <summary>
    /// Finds the repository's default reference document by walking up from a folder (the current directory if
    /// none is given); null when there is none.
    /// </summary>
    public static string? FindDefault(string? startFolder = null)
    {
        for (var dir = new DirectoryInfo(startFolder ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultRelativePath);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
