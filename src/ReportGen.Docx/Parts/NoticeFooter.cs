using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;

namespace ReportGen.Docx.Parts;

/// <summary>
/// The running footer that carries the document's data notice (<c>DocumentProperties.DataNotice</c>) on every page,
/// the cover included: one footer part that every section points at. No notice, no footer.
/// </summary>
internal static class NoticeFooter
{
    public const string RelationshipId = "rIdNoticeFooter";

    /// <summary>Adds the footer part and returns its relationship id, or null when there is no notice.</summary>
    public static string? Add(MainDocumentPart main, string? notice)
    {
        if (string.IsNullOrWhiteSpace(notice)) return null;
        var part = main.AddNewPart<FooterPart>(RelationshipId);
        part.Footer = new Footer(Paragraph(notice.Trim(), DocxStyleIds.Header, topRule: true));
        return RelationshipId;
    }

    /// <summary>The notice as a bold, centred paragraph in the given style (the cover uses the call-out box).</summary>
    public static Paragraph Paragraph(string notice, string styleId, bool topRule)
    {
        var ppr = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = styleId },
            Justification = new Justification { Val = JustificationValues.Center },
        };
        if (topRule)
            ppr.ParagraphBorders = new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "auto" },
                new BottomBorder { Val = BorderValues.Nil });
        return new Paragraph(ppr, Texts.Run(notice, Texts.Props(bold: true)));
    }
}
