using ReportGen.Publishing;
using ReportGen.Templates.Definitions;

namespace ReportGen.Pipeline;

/// <summary>
/// The names of the files a build writes beside the document. A report built on another report's area content (the
/// summary, which cites the full report) shares its output folder, so its manifest, accessibility report and change
/// report carry the report's name ("summary-manifest.json") and never replace the full report's.
/// </summary>
public sealed record ReportOutputNames(string Manifest, string AccessibilityMarkdown, string AccessibilityJson, string ChangesMarkdown, string ChangesCsv)
{
    public static readonly ReportOutputNames Primary = new(BuildManifest.FileName, "accessibility.md", "accessibility.json", "changes.md", "changes.csv");

    public static ReportOutputNames For(ReportDefinition definition, string reportName)
    {
        if (definition.Cites is null) return Primary;
        var prefix = Path.GetFileName(reportName.TrimEnd('/', '\\')) + "-";
        return new(prefix + Primary.Manifest, prefix + Primary.AccessibilityMarkdown, prefix + Primary.AccessibilityJson,
            prefix + Primary.ChangesMarkdown, prefix + Primary.ChangesCsv);
    }
}
