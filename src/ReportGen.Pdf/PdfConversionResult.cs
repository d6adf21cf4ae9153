namespace ReportGen.Pdf;

/// <summary>What happened to one document of a batch.</summary>
/// <param name="Request">The request this result answers.</param>
/// <param name="Success">True when the PDF was written to <see cref="PdfConversionRequest.PdfPath"/>.</param>
/// <param name="PdfPath">The PDF written, or <c>null</c> when the conversion failed (nothing is left at the destination then).</param>
/// <param name="Elapsed">Wall time spent on this document over all attempts, including waiting for LibreOffice to start.</param>
/// <param name="Attempts">How many times LibreOffice was asked to convert the document (0 when the input was rejected before that).</param>
/// <param name="Error">Why the conversion failed, with LibreOffice's own output where there was some; <c>null</c> on success.</param>
public sealed record PdfConversionResult(
    PdfConversionRequest Request,
    bool Success,
    string? PdfPath,
    TimeSpan Elapsed,
    int Attempts,
    string? Error);
