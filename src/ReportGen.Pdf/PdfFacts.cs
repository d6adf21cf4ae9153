namespace ReportGen.Pdf;

/// <summary>Facts read from a finished PDF by <see cref="PdfInspector"/>.</summary>
public sealed record PdfFacts
{
    /// <summary>The file inspected.</summary>
    public required string Path { get; init; }

    /// <summary>The PDF version from the header, e.g. <c>1.7</c>.</summary>
    public string? PdfVersion { get; init; }

    /// <summary>True when the catalogue says <c>/MarkInfo /Marked true</c> (a tagged PDF).</summary>
    public bool Tagged { get; init; }

    /// <summary>True when the catalogue has a structure tree (<c>/StructTreeRoot</c>).</summary>
    public bool HasStructureTree { get; init; }

    /// <summary>The document title from the document information dictionary, or <c>null</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The catalogue's <c>/Lang</c> entry, e.g. <c>en-GB</c>, or <c>null</c>.</summary>
    public string? Language { get; init; }

    /// <summary>True when <c>/ViewerPreferences /DisplayDocTitle</c> is true.</summary>
    public bool DisplayDocTitle { get; init; }

    /// <summary>The PDF/UA part declared in the XMP metadata (<c>pdfuaid:part</c>), or <c>null</c>.</summary>
    public int? PdfUaPart { get; init; }

    /// <summary>The number of pages.</summary>
    public int PageCount { get; init; }

    /// <summary>The fonts in the pages' resources, each font object once.</summary>
    public IReadOnlyList<PdfFontInfo> Fonts { get; init; } = [];

    /// <summary>True when every font is embedded (also true when the file uses no fonts).</summary>
    public bool AllFontsEmbedded => Fonts.All(f => f.Embedded);

    /// <summary>The bookmarks in outline order (depth first).</summary>
    public IReadOnlyList<PdfOutlineEntry> Outline { get; init; } = [];

    /// <summary>Link annotations on all pages, page by page.</summary>
    public IReadOnlyList<PdfLinkInfo> Links { get; init; } = [];

    /// <summary>The text of each page: its <see cref="PageLines"/> top to bottom, one per text line; index 0 is page 1.</summary>
    public IReadOnlyList<string> PageTexts { get; init; } = [];

    /// <summary>The text lines of each page with positions; index 0 is page 1.</summary>
    public IReadOnlyList<IReadOnlyList<PdfTextLine>> PageLines { get; init; } = [];

    /// <summary>The text of page <paramref name="pageNumber"/> (1-based).</summary>
    public string TextOfPage(int pageNumber) => PageTexts[pageNumber - 1];
}
