namespace ReportGen.Pdf.Parsing;

/// <summary>An indirect reference such as <c>12 0 R</c>.</summary>
internal readonly record struct PdfRef(int Number, int Generation);
