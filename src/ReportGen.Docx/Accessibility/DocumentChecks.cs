using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Accessibility;

/// <summary>Document-level facts: a title (shown by PDF readers instead of the file name) and a language (read aloud correctly).</summary>
internal static class DocumentChecks
{
    public static void Run(CheckContext c)
    {
        var (title, language) = CoreProperties(c.Package);
        if (string.IsNullOrWhiteSpace(title))
            c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.DocumentTitleMissing,
                "The document has no title, so PDF readers and screen readers announce the file name instead.",
                "document properties (docProps/core.xml, dc:title)",
                "Set the title (File > Info > Properties > Title in Word; DocumentProperties.Title in ReportGen)."));

        var lang = c.Styles.Run<Languages>(null, null, null)?.Val?.Value;
        if (string.IsNullOrWhiteSpace(lang))
            c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.DocumentLanguageMissing,
                "The text has no language (w:lang), so screen readers may read it with the wrong voice and the PDF gets no /Lang.",
                "styles (word/styles.xml, w:docDefaults)",
                "Set the language of the document defaults, e.g. en-GB (Review > Language in Word; DocumentProperties.Language in ReportGen)."));

        if (string.IsNullOrWhiteSpace(language))
            c.Add(new AccessibilityFinding(FindingSeverity.Warning, AccessibilityRules.DocumentLanguagePropertyMissing,
                "The document properties give no language (dc:language).",
                "document properties (docProps/core.xml, dc:language)",
                "Set the language property as well as the text language, e.g. en-GB."));
    }

    /// <summary>
    /// dc:title and dc:language read from docProps/core.xml itself: the same part the package's PackageProperties
    /// read when a file is opened, and also readable in a package that is still being built (whose PackageProperties
    /// do not yet reflect a part written directly).
    /// </summary>
    private static (string? Title, string? Language) CoreProperties(DocumentFormat.OpenXml.Packaging.WordprocessingDocument package)
    {
        if (package.CoreFilePropertiesPart is not { } part)
            return (package.PackageProperties.Title, package.PackageProperties.Language);
        System.Xml.Linq.XNamespace dc = "http://purl.org/dc/elements/1.1/";
        System.Xml.Linq.XElement? root;
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var reader = System.Xml.XmlReader.Create(stream, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit });
            root = System.Xml.Linq.XDocument.Load(reader).Root;
        }
        catch (System.Xml.XmlException)
        {
            return (null, null); // unreadable properties: reported as a missing title
        }
        string? title = root?.Element(dc + "title")?.Value, language = root?.Element(dc + "language")?.Value;
        return (title, language);
    }
}
