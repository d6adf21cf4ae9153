namespace ReportGen.Pdf;

/// <summary>A link annotation on a page.</summary>
/// <param name="PageNumber">The 1-based page the link sits on.</param>
/// <param name="Left">Left edge in points, measured from the left of the page.</param>
/// <param name="Top">Top edge in points, measured from the top of the page.</param>
/// <param name="Right">Right edge in points, measured from the left of the page.</param>
/// <param name="Bottom">Bottom edge in points, measured from the top of the page.</param>
/// <param name="TargetPage">The 1-based page an internal link goes to, or <c>null</c>.</param>
/// <param name="Uri">The address of an external link, or <c>null</c>.</param>
public sealed record PdfLinkInfo(int PageNumber, double Left, double Top, double Right, double Bottom, int? TargetPage, string? Uri);
