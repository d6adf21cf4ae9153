namespace ReportGen.Pdf;

/// <summary>The check of one contents entry.</summary>
/// <param name="Title">The entry's text as printed in the contents list.</param>
/// <param name="PrintedPage">The page number printed against the entry.</param>
/// <param name="ExpectedPage">The physical page that number means (printed number plus the offset).</param>
/// <param name="HeadingPage">The first physical page, after the contents, on which the heading text appears as a line; <c>null</c> if not found.</param>
/// <param name="LinkPage">The page the entry's link goes to, or <c>null</c> when the entry has no internal link.</param>
/// <param name="OutlinePage">The page of the bookmark with the same title, or <c>null</c> when there is none.</param>
/// <param name="Problem">What is wrong, or <c>null</c> when the entry is right.</param>
public sealed record ContentsEntryCheck(
    string Title,
    int PrintedPage,
    int ExpectedPage,
    int? HeadingPage,
    int? LinkPage,
    int? OutlinePage,
    string? Problem)
{
    /// <summary>True when the printed number, the heading's page and (where present) the link and bookmark all agree.</summary>
    public bool Ok => Problem is null;
}
