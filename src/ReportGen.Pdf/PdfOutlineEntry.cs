namespace ReportGen.Pdf;

/// <summary>One bookmark of the PDF outline.</summary>
/// <param name="Title">The bookmark text.</param>
/// <param name="Level">Depth in the outline, 1 for top-level entries.</param>
/// <param name="PageNumber">The 1-based page the bookmark opens, or <c>null</c> when it has no page destination.</param>
public sealed record PdfOutlineEntry(string Title, int Level, int? PageNumber);
