using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Docx.Support;

namespace ReportGen.Docx.Accessibility;

/// <summary>
/// What the individual checks share while one document is checked: the package, its resolved styles, the
/// options, and the findings so far. Repeats of one problem (same rule and same key) become one finding with
/// a count, so a wrong body colour in a 150-page report is one line, not thousands.
/// </summary>
internal sealed class CheckContext(WordprocessingDocument package, AccessibilityCheckOptions options)
{
    private readonly List<AccessibilityFinding> _findings = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disabled = new(options.DisabledRules, StringComparer.OrdinalIgnoreCase);

    public WordprocessingDocument Package { get; } = package;
    public MainDocumentPart? Main => Package.MainDocumentPart;
    public StyleResolver Styles { get; } = StyleResolver.For(package);
    public AccessibilityCheckOptions Options { get; } = options;
    public IReadOnlyList<AccessibilityFinding> Findings => _findings;

    public bool Enabled(string rule) => !_disabled.Contains(rule);

    /// <summary>Adds a finding, or counts one more occurrence of an earlier finding with the same key.</summary>
    public void Add(AccessibilityFinding finding, string? key = null)
    {
        if (!Enabled(finding.RuleId)) return;
        if (key is not null)
        {
            key = finding.RuleId + "\u0001" + key;
            if (_byKey.TryGetValue(key, out var index))
            {
                _findings[index] = _findings[index] with { Occurrences = _findings[index].Occurrences + 1 };
                return;
            }
            _byKey[key] = _findings.Count;
        }
        _findings.Add(finding);
    }

    /// <summary>The parts that hold text, with their root element: the body first, then headers, footers and notes.</summary>
    public IEnumerable<(OpenXmlPart Part, OpenXmlElement Root)> ContentParts()
    {
        if (Main is null) yield break;
        if (Main.Document?.Body is { } body) yield return (Main, body);
        foreach (var header in Main.HeaderParts.OrderBy(p => p.Uri.OriginalString, StringComparer.Ordinal))
            if (header.Header is { } h) yield return (header, h);
        foreach (var footer in Main.FooterParts.OrderBy(p => p.Uri.OriginalString, StringComparer.Ordinal))
            if (footer.Footer is { } f) yield return (footer, f);
        if (Main.FootnotesPart?.Footnotes is { } footnotes) yield return (Main.FootnotesPart, footnotes);
        if (Main.EndnotesPart?.Endnotes is { } endnotes) yield return (Main.EndnotesPart, endnotes);
    }

    public static string PartName(OpenXmlPart part) => part.Uri.OriginalString;
}
