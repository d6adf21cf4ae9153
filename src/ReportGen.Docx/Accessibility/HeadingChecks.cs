using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Accessibility;

/// <summary>
/// Headings are paragraphs with an outline level (from Heading 1-9 or direct formatting): they must exist, must
/// have text, and must not skip a level going down (Heading 1 then Heading 3), which breaks navigation and
/// the PDF outline.
/// </summary>
internal static class HeadingChecks
{
    public static void Run(CheckContext c)
    {
        var body = c.Main?.Document?.Body;
        if (body is null) return;
        int previous = 0;
        string previousText = "";
        bool any = false;
        foreach (var p in body.Descendants<Paragraph>())
        {
            string? style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (c.Styles.OutlineLevel(p.ParagraphProperties, style) is not { } outline) continue;
            any = true;
            int level = outline + 1;
            string text = VisibleText.Of(p).Trim();
            string styleName = style ?? "outline level " + level;
            if (text.Length == 0)
            {
                c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.HeadingEmpty,
                    $"An empty Heading {level} paragraph appears in the navigation pane and PDF outline as a blank entry.",
                    previousText.Length > 0 ? $"after heading {VisibleText.Quote(previousText)} (style {styleName})" : $"style {styleName}",
                    "Delete the empty heading paragraph, or give it text; use spacing, not empty headings, for layout.")
                { Style = style, Part = CheckContext.PartName(c.Main!) });
                continue;
            }
            if (level > previous + 1)
            {
                string message = previous == 0
                    ? $"The first heading is Heading {level}; a document's headings should start at Heading 1."
                    : $"Heading {level} follows Heading {previous}, skipping level {previous + 1}.";
                c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.HeadingLevelSkipped, message,
                    $"heading {VisibleText.Quote(text)} (style {styleName})",
                    $"Make it Heading {previous + 1}, or add the missing Heading {previous + 1} above it (in ReportGen: one more or one fewer # in the chapter Markdown).")
                { Style = style, Excerpt = VisibleText.Excerpt(text), Part = CheckContext.PartName(c.Main!) });
            }
            previous = level;
            previousText = text;
        }

        if (!any)
            c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.HeadingsMissing,
                "The document has no headings, so it cannot be navigated by heading and its PDF has no outline.",
                "whole document",
                "Use the Heading 1-3 styles for chapter and section titles."));
    }
}
