namespace ReportGen.Pdf;

/// <summary>One document to convert: a DOCX file in, a PDF file out.</summary>
/// <param name="DocxPath">The DOCX file to read. It is never changed.</param>
/// <param name="PdfPath">Where the PDF goes. It is written only when the conversion succeeded, and atomically.</param>
public sealed record PdfConversionRequest(string DocxPath, string PdfPath)
{
    /// <summary>A request whose PDF sits next to the DOCX with the extension changed to <c>.pdf</c>.</summary>
    public static PdfConversionRequest Beside(string docxPath) =>
        new(docxPath, Path.ChangeExtension(docxPath, ".pdf"));
}
