namespace ReportGen.Pdf;

/// <summary>A word and its box, in points from the top-left corner of its page.</summary>
/// <param name="Text">The word.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Bottom">Bottom edge.</param>
public sealed record PdfWord(string Text, double Left, double Top, double Right, double Bottom);
