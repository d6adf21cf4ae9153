namespace ReportGen.Pdf;

/// <summary>One font a page refers to.</summary>
/// <param name="Name">The font name, e.g. <c>BAAAAA+LiberationSans</c>.</param>
/// <param name="Type">The font type, e.g. <c>TrueType</c>, <c>Type 1</c> or <c>CID TrueType</c>.</param>
/// <param name="Embedded">True when the font program is embedded in the file.</param>
/// <param name="Subset">True when only a subset is embedded.</param>
public sealed record PdfFontInfo(string Name, string Type, bool Embedded, bool Subset);
