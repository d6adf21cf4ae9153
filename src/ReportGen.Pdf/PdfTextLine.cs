namespace ReportGen.Pdf;

/// <summary>
/// One line of text on a page, rebuilt from word positions (words whose vertical extents overlap, left to right).
/// Coordinates are points from the top-left corner of the page.
/// </summary>
/// <param name="PageNumber">The 1-based page.</param>
/// <param name="Text">The words joined by single spaces.</param>
/// <param name="Words">The words, left to right.</param>
/// <param name="Left">Left edge of the first word.</param>
/// <param name="Top">Top of the line.</param>
/// <param name="Right">Right edge of the last word.</param>
/// <param name="Bottom">Bottom of the line.</param>
public sealed record PdfTextLine(int PageNumber, string Text, IReadOnlyList<PdfWord> Words, double Left, double Top, double Right, double Bottom);
