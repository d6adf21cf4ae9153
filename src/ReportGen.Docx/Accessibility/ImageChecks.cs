using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;

namespace ReportGen.Docx.Accessibility;

/// <summary>
/// Pictures and charts need alt text (wp:docPr/@descr, which LibreOffice turns into the PDF /Alt) unless they
/// are marked decorative. Alt text that is a file name or a generic name ("Picture 3") is as bad as none, and a
/// few characters cannot say what a chart shows.
/// </summary>
internal static partial class ImageChecks
{
    public static void Run(CheckContext c)
    {
        foreach (var (part, root) in c.ContentParts())
        {
            foreach (var docPr in root.Descendants<DW.DocProperties>())
            {
                var drawing = docPr.Parent;
                if (drawing is null || IsDecorative(docPr) || IsTextBox(drawing)) continue;
                var media = MediaName(part, drawing);
                Check(c, part, docPr.Description?.Value, docPr.Name?.Value ?? "", media);
            }
            // Older VML pictures (w:pict) keep their alt text on v:shape/@alt.
            foreach (var shape in root.Descendants<V.Shape>())
            {
                if (!shape.Elements<V.ImageData>().Any()) continue;
                var rel = shape.GetFirstChild<V.ImageData>()?.RelationshipId?.Value;
                Check(c, part, shape.Alternate?.Value, shape.Id?.Value ?? "", rel is null ? null : PartFileName(part, rel));
            }
        }
    }

    private static void Check(CheckContext c, OpenXmlPart part, string? alt, string name, string? media)
    {
        alt = alt?.Trim() ?? "";
        string where = Where(name, media);
        if (alt.Length == 0)
        {
            c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.ImageAltMissing,
                "An image has no alt text, so screen reader users are told nothing about it.",
                where,
                "Add alt text that gives the chart's key message (Picture > Alt Text in Word; Image.AltText in ReportGen), or mark it decorative if it carries no information.")
            { Part = CheckContext.PartName(part) });
        }
        else if (LooksLikeFileName(alt, name, media))
        {
            c.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.ImageAltFileName,
                $"The alt text \u201C{alt}\u201D is a file or object name, not a description.",
                where,
                "Replace it with a description of what the image shows and its key message.")
            { Excerpt = VisibleText.Excerpt(alt), Part = CheckContext.PartName(part) });
        }
        else if (alt.Length < c.Options.MinimumAltTextLength)
        {
            c.Add(new AccessibilityFinding(FindingSeverity.Warning, AccessibilityRules.ImageAltTooShort,
                $"The alt text \u201C{alt}\u201D is shorter than {c.Options.MinimumAltTextLength} characters, too short to describe a chart.",
                where,
                "Describe what the image shows and its key message, e.g. \u201CBar chart: rates in the area were lower than England in both years.\u201D")
            { Excerpt = alt, Part = CheckContext.PartName(part) });
        }
    }

    private static string Where(string name, string? media)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(name)) parts.Add($"image \u201C{name.Trim()}\u201D");
        if (!string.IsNullOrWhiteSpace(media)) parts.Add(media);
        return parts.Count == 0 ? "an unnamed image" : string.Join(", ", parts);
    }

    internal static bool LooksLikeFileName(string alt, string name, string? media)
    {
        if (FileNamePattern().IsMatch(alt) || GenericNamePattern().IsMatch(alt)) return true;
        if (name.Trim().Length > 0 && alt.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        return media is not null && (alt.Equals(media, StringComparison.OrdinalIgnoreCase)
            || alt.Equals(Path.GetFileNameWithoutExtension(media), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Word's "Mark as decorative" (a16:decorative / adec:decorative val="1" in docPr's extension list).</summary>
    private static bool IsDecorative(DW.DocProperties docPr) =>
        docPr.Descendants().Any(e => e.LocalName == "decorative"
            && e.GetAttributes().Any(a => a.LocalName == "val" && (a.Value == "1" || a.Value == "true")));

    /// <summary>A Word text box or shape holding text: its text is read out, so it needs no alt text.</summary>
    private static bool IsTextBox(OpenXmlElement drawing) =>
        drawing.Descendants().Any(e => e.LocalName is "txbx" or "txbxContent");

    private static string? MediaName(OpenXmlPart part, OpenXmlElement drawing)
    {
        var embed = drawing.Descendants<A.Blip>().FirstOrDefault()?.Embed?.Value;
        return embed is null ? null : PartFileName(part, embed);
    }

    private static string? PartFileName(OpenXmlPart part, string relationshipId)
    {
        try
        {
            return Path.GetFileName(part.GetPartById(relationshipId).Uri.OriginalString);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(.*[\\/])?[^\\/\s]*\.(png|jpe?g|gif|bmp|tiff?|svg|emf|wmf|webp|heic)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"^(image|picture|pic|img|figure|chart|graphic|photo|screenshot|diagram|grafik|drawing|object)[\s_-]*\d*$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericNamePattern();
}
