using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Docx.Accessibility;

/// <summary>
/// Checks a written Word document against the accessibility rules UK public bodies publish to (WCAG 2.2 AA via
/// PSBAR 2018, and what Word's Accessibility Checker and PDF/UA checkers test): alt text on images, table header
/// rows and table alt text, heading order, document title and language, link text, colour-only signals and
/// text contrast, plus chart colour contrast measured by the caller. It reads the document only.
/// </summary>
public static class DocxAccessibilityChecker
{
    /// <summary>Checks a .docx file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a Word document that can be opened.</exception>
    public static AccessibilityReport Check(string docxPath, AccessibilityCheckOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(docxPath);
        if (!File.Exists(docxPath)) throw new FileNotFoundException($"Document to check not found: {docxPath}", docxPath);
        using var stream = new FileStream(docxPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Check(stream, Path.GetFileName(docxPath), options);
    }

    /// <summary>Checks a .docx held in a stream (which must be seekable); <paramref name="documentName"/> names it in the report.</summary>
    public static AccessibilityReport Check(Stream docx, string documentName, AccessibilityCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        options ??= AccessibilityCheckOptions.Default;
        WordprocessingDocument package;
        try
        {
            package = WordprocessingDocument.Open(docx, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new InvalidDataException($"{documentName} is not a Word document that can be checked: {e.Message}", e);
        }
        using (package) return Check(package, documentName, options);
    }

    /// <summary>Checks a package that is open (for example one just built, before it is saved).</summary>
    internal static AccessibilityReport Check(WordprocessingDocument package, string documentName, AccessibilityCheckOptions options)
    {
        {
            var context = new CheckContext(package, options);
            DocumentChecks.Run(context);
            HeadingChecks.Run(context);
            ImageChecks.Run(context);
            TableChecks.Run(context);
            LinkChecks.Run(context);
            ColourChecks.Run(context);
            ChartChecks.Run(context);
            return new AccessibilityReport(documentName, context.Findings);
        }
    }

    /// <summary>
    /// Checks a house style's colours before anything is written: each text colour against white or the fill
    /// it sits on (headings, links, notes, table headers, boxes), using the reference document's own style
    /// definitions when the style came from one. Chart colours in the options are checked too.
    /// </summary>
    public static AccessibilityReport CheckHouseStyle(DocxStyle style, AccessibilityCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(style);
        options ??= AccessibilityCheckOptions.Default;
        var findings = HouseStyleChecks.Run(style, options);
        var disabled = new HashSet<string>(options.DisabledRules, StringComparer.OrdinalIgnoreCase);
        return new AccessibilityReport(style.ReferenceStyles?.Source ?? "house style",
            findings.Concat(ChartChecks.Findings(options)).Where(f => !disabled.Contains(f.RuleId)));
    }
}
