using System.Text;

namespace ReportGen.Pdf;

/// <summary>
/// The PDF export options handed to LibreOffice's <c>writer_pdf_Export</c> filter.
/// The defaults give a tagged PDF/UA file with bookmarks, embedded fonts and the document title shown
/// in the viewer's title bar. Property names match the filter's own names (see LibreOffice's pdf_params help).
/// </summary>
public sealed record PdfExportSettings
{
    /// <summary>The settings used by ReportGen unless told otherwise.</summary>
    public static PdfExportSettings Accessible { get; } = new();

    /// <summary>Writes a structure tree (tagged PDF). Filter name <c>UseTaggedPDF</c>.</summary>
    public bool UseTaggedPdf { get; init; } = true;

    /// <summary>Marks the file as PDF/UA (ISO 14289) and applies LibreOffice's PDF/UA checks. Filter name <c>PDFUACompliance</c>.</summary>
    public bool PdfUaCompliance { get; init; } = true;

    /// <summary>Writes the heading outline as PDF bookmarks. Filter name <c>ExportBookmarks</c>.</summary>
    public bool ExportBookmarks { get; init; } = true;

    /// <summary>Also writes Word bookmarks as PDF named destinations, so <c>report.pdf#nameddest=...</c> works. Filter name <c>ExportBookmarksToPDFDestination</c>.</summary>
    public bool ExportBookmarksToPdfDestination { get; init; } = true;

    /// <summary>Embeds the 14 standard PDF fonts too. Filter name <c>EmbedStandardFonts</c>.</summary>
    public bool EmbedStandardFonts { get; init; } = true;

    /// <summary>Asks viewers to show the document title instead of the file name. Filter name <c>DisplayPDFDocumentTitle</c>.</summary>
    public bool DisplayPdfDocumentTitle { get; init; } = true;

    /// <summary>Allows screen readers to extract text. Filter name <c>EnableTextAccessForAccessibilityTools</c>.</summary>
    public bool EnableTextAccessForAccessibilityTools { get; init; } = true;

    /// <summary>The filter properties as (LibreOffice name, value) pairs, in a fixed order.</summary>
    public IReadOnlyList<KeyValuePair<string, bool>> FilterProperties() =>
    [
        new("UseTaggedPDF", UseTaggedPdf),
        new("PDFUACompliance", PdfUaCompliance),
        new("ExportBookmarks", ExportBookmarks),
        new("ExportBookmarksToPDFDestination", ExportBookmarksToPdfDestination),
        new("EmbedStandardFonts", EmbedStandardFonts),
        new("DisplayPDFDocumentTitle", DisplayPdfDocumentTitle),
        new("EnableTextAccessForAccessibilityTools", EnableTextAccessForAccessibilityTools),
    ];

    /// <summary>
    /// The filter data in the JSON form that <c>soffice --convert-to</c> accepts from LibreOffice 7.4 on,
    /// for example <c>{"UseTaggedPDF":{"type":"boolean","value":"true"},...}</c>.
    /// </summary>
    public string ToFilterJson()
    {
        var sb = new StringBuilder("{");
        var first = true;
        foreach (var (name, value) in FilterProperties())
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            sb.Append('"').Append(name).Append("\":{\"type\":\"boolean\",\"value\":\"")
              .Append(value ? "true" : "false").Append("\"}");
        }

        return sb.Append('}').ToString();
    }

    /// <summary>The whole <c>--convert-to</c> argument: <c>pdf:writer_pdf_Export:{...}</c>.</summary>
    public string ToConvertToArgument() => "pdf:writer_pdf_Export:" + ToFilterJson();
}
