using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Accessibility;

/// <summary>Document-level facts: a title (shown by PDF readers instead of the file name) and a language (read aloud correctly).</summary>
internal static class DocumentChecks
{
    public static void Run(CheckContext c)
    {
        var props = c.Package.PackageProperties;
        if (string.IsNullOrWhiteSpace(props.Title))
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

        if (string.IsNullOrWhiteSpace(props.Language))
            c.Add(new AccessibilityFinding(FindingSeverity.Warning, AccessibilityRules.DocumentLanguagePropertyMissing,
                "The document properties give no language (dc:language).",
                "document properties (docProps/core.xml, dc:language)",
                "Set the language property as well as the text language, e.g. en-GB."));
    }
}
