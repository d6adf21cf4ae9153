namespace ReportGen.Pdf;

/// <summary>Settings for <see cref="ContentsCheck"/>.</summary>
public sealed record ContentsCheckOptions
{
    /// <summary>
    /// The 1-based pages holding the contents list. When <c>null</c>, the first page with a line reading one of
    /// <see cref="ContentsTitles"/> is taken, plus the pages after it that still look like a contents list.
    /// </summary>
    public IReadOnlyList<int>? ContentsPages { get; init; }

    /// <summary>Headings that open a contents list (compared without case). Default: "Contents", "Table of contents".</summary>
    public IReadOnlyList<string> ContentsTitles { get; init; } = ["Contents", "Table of contents"];

    /// <summary>
    /// Added to a printed page number to get the physical page (1-based) it means. 0 when page numbering starts at
    /// the first page; for example 2 when numbering starts at 1 on the third physical page.
    /// </summary>
    public int PageNumberOffset { get; init; }

    /// <summary>When true, an entry without an internal link counts as a failure. Default false.</summary>
    public bool RequireLinks { get; init; }
}
