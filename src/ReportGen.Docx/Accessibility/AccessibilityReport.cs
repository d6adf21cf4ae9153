using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportGen.Docx.Accessibility;

/// <summary>
/// What <see cref="DocxAccessibilityChecker"/> found in one document: errors first, then warnings, each in
/// document order. Written beside a report as accessibility.md (for people) and accessibility.json (for tools).
/// </summary>
public sealed class AccessibilityReport
{
    /// <summary>Creates a report; findings are ordered errors first, keeping their order otherwise.</summary>
    public AccessibilityReport(string document, IEnumerable<AccessibilityFinding> findings)
    {
        Document = document;
        Findings = findings.OrderBy(f => f.Severity).ToList();
    }

    /// <summary>The document checked (its file name or a description).</summary>
    public string Document { get; }

    /// <summary>Every finding, errors first.</summary>
    public IReadOnlyList<AccessibilityFinding> Findings { get; }

    /// <summary>Number of errors.</summary>
    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Findings.Count(f => f.Severity == FindingSeverity.Warning);

    /// <summary>True when at least one finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>True when nothing at all was found.</summary>
    public bool IsClean => Findings.Count == 0;

    /// <summary>This report with another's findings added (for example a house style check beside a document check).</summary>
    public AccessibilityReport Combine(AccessibilityReport other) => new(Document, Findings.Concat(other.Findings));

    /// <summary>A one-line summary: "2 errors, 1 warning" or "no problems found".</summary>
    public string Summary() => IsClean
        ? "no problems found"
        : $"{Count(ErrorCount, "error")}, {Count(WarningCount, "warning")}";

    /// <summary>The report as Markdown: a summary line and a table of findings with the fix for each.</summary>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# Accessibility report: ").Append(Cell(Document)).Append("\n\n");
        md.Append("**Result:** ").Append(IsClean ? "passed, " : HasErrors ? "failed, " : "passed with warnings, ").Append(Summary()).Append(".\n\n");
        if (!IsClean)
        {
            md.Append("| # | Severity | Rule | Where | Problem | How to fix |\n");
            md.Append("|---|---|---|---|---|---|\n");
            for (int i = 0; i < Findings.Count; i++)
            {
                var f = Findings[i];
                string where = f.Occurrences > 1 ? $"{f.Location} (and {f.Occurrences - 1} more)" : f.Location;
                md.Append(CultureInfo.InvariantCulture, $"| {i + 1} | {f.Severity} | `{f.RuleId}` | {Cell(where)} | {Cell(f.Message)} | {Cell(f.Fix)} |\n");
            }
            md.Append('\n');
        }
        md.Append("Checked automatically: alt text, table headers and table alt text, heading order, document title and ")
          .Append("language, link text, colour-only signals and text contrast. Still check by hand that alt text says what ")
          .Append("each chart shows, that the reading order makes sense, and that no chart relies on colour alone.\n");
        return md.ToString();
    }

    /// <summary>The report as indented JSON: document, counts and the findings with all their fields.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("document", Document);
            json.WriteBoolean("passed", !HasErrors);
            json.WriteNumber("errors", ErrorCount);
            json.WriteNumber("warnings", WarningCount);
            json.WriteStartArray("findings");
            foreach (var f in Findings)
            {
                json.WriteStartObject();
                json.WriteString("severity", f.Severity == FindingSeverity.Error ? "error" : "warning");
                json.WriteString("rule", f.RuleId);
                json.WriteString("message", f.Message);
                json.WriteString("location", f.Location);
                if (f.Style is not null) json.WriteString("style", f.Style);
                if (f.Excerpt is not null) json.WriteString("excerpt", f.Excerpt);
                if (f.Part is not null) json.WriteString("part", f.Part);
                json.WriteNumber("occurrences", f.Occurrences);
                json.WriteString("fix", f.Fix);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <inheritdoc />
    public override string ToString() => $"{Document}: {Summary()}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>Text made safe for a Markdown table cell.</summary>
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
