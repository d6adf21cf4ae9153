using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Accessibility;

/// <summary>
/// Link text must say where a link goes (WCAG 2.4.4): not "click here" or "here", not a bare address (read out
/// character by character), and never nothing.
/// </summary>
internal static partial class LinkChecks
{
    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        "click here", "here", "click", "click this link", "this link", "link", "follow this link", "see here",
        "go here", "read more", "more", "more info", "more information", "this", "this page", "this website",
        "website", "web page", "page", "find out more", "learn more", "details",
    };

    public static void Run(CheckContext c)
    {
        foreach (var (part, root) in c.ContentParts())
        {
            foreach (var link in root.Descendants<Hyperlink>())
            {
                string text = VisibleText.Of(link).Trim();
                string target = Target(part, link);
                var paragraph = link.Ancestors<Paragraph>().FirstOrDefault();
                string context = paragraph is null ? "" : VisibleText.Of(paragraph).Trim();
                string where = context.Length > 0 ? $"link to {target} in {VisibleText.Quote(context)}" : $"link to {target}";

                if (text.Length == 0)
                {
                    c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.LinkTextEmpty,
                        "A link has no text, so it cannot be seen or announced.",
                        where,
                        "Give the link words that say where it goes, or remove it.")
                    { Part = CheckContext.PartName(part) }, target);
                }
                else if (UrlPattern().IsMatch(text) || SameAddress(text, target))
                {
                    c.Add(new AccessibilityFinding(FindingSeverity.Warning, AccessibilityRules.LinkTextIsUrl,
                        $"The link text is a bare address (\u201C{VisibleText.Excerpt(text)}\u201D), which screen readers read out character by character.",
                        where,
                        "Use words that say where the link goes, e.g. \u201COHID Fingertips: Local Alcohol Profiles\u201D (in ReportGen Markdown: [words](address)).")
                    { Excerpt = VisibleText.Excerpt(text), Part = CheckContext.PartName(part) }, text);
                }
                else if (Vague.Contains(Normalise(text)))
                {
                    c.Add(new AccessibilityFinding(FindingSeverity.Warning, AccessibilityRules.LinkTextVague,
                        $"The link text \u201C{text}\u201D does not say where the link goes; links are often read out of context.",
                        where,
                        "Replace it with words that name the destination, e.g. \u201Cthe 2023 treatment statistics\u201D rather than \u201Cclick here\u201D.")
                    { Excerpt = text, Part = CheckContext.PartName(part) }, text + "\u0001" + target);
                }
            }
        }
    }

    private static string Target(OpenXmlPart part, Hyperlink link)
    {
        if (link.Id?.Value is { } id)
        {
            var rel = part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id);
            if (rel is not null) return rel.Uri.OriginalString;
        }
        return link.Anchor?.Value is { } anchor ? "#" + anchor : "(no target)";
    }

    private static bool SameAddress(string text, string target) =>
        target.Length > 0 && !target.StartsWith('#') &&
        string.Equals(text.TrimEnd('/'), target.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ',', ':', ';', '!', '?', '(', ')', '"', '\'', '\u201C', '\u201D');

    [GeneratedRegex(@"^(https?://|ftp://|mailto:|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
