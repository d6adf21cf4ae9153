using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace ReportGen.Pdf;

/// <summary>How full one page of a PDF is, and whether a short page there is intended.</summary>
/// <param name="PageNumber">The 1-based page.</param>
/// <param name="Landscape">True when the page is wider than it is tall.</param>
/// <param name="Fill">
/// How far down the text area the page's content reaches, from 0 (nothing) to 1 (down to the bottom margin): the
/// bottom of the lowest text line or picture, measured from the top margin, over the text area's height. Running
/// headers and footers (in the margins) do not count.
/// </param>
/// <param name="IntendedBreak">
/// Why a short page here is expected, or <c>null</c> when it is not: <c>cover</c>, <c>end of document</c>,
/// <c>before a chapter</c> (the next page opens a top-level bookmark: a chapter, the contents or a list of figures or
/// tables), <c>orientation change</c> (a landscape section starts or ends on the next page).
/// </param>
/// <param name="FirstLine">The page's first text line in the text area (for reports), or an empty string.</param>
public sealed record PageFillInfo(int PageNumber, bool Landscape, double Fill, string? IntendedBreak, string FirstLine)
{
    /// <summary>True when the page is filled less than <paramref name="minimumFill"/> and no intended break explains it.</summary>
    public bool IsNearlyEmpty(double minimumFill) => IntendedBreak is null && Fill < minimumFill;

    /// <summary>"p. 90 (portrait): 41% filled, starts 'Figure 31. ...'".</summary>
    public override string ToString() =>
        $"p. {PageNumber} ({(Landscape ? "landscape" : "portrait")}): {Fill:P0} filled" +
        (IntendedBreak is null ? string.Empty : $", {IntendedBreak}") +
        (FirstLine.Length == 0 ? string.Empty : $", starts '{(FirstLine.Length > 70 ? FirstLine[..70] + "..." : FirstLine)}'");
}

/// <summary>
/// Finds pages left mostly blank in the middle of a section: a page whose content stops above
/// <see cref="DefaultMinimumFill"/> of the text area although the next page continues the same section, which happens
/// when a block kept whole (a figure with its caption, a heading kept with what follows) cannot fit below and moves on.
/// A short page is intended, and not reported, on the cover, at the end of the document, before a page that opens a
/// top-level bookmark (a chapter, the contents, a list of figures or tables: each starts on a new page) and before an
/// orientation change (a landscape section starts or ends with a page break).
/// </summary>
public static class PageFill
{
    /// <summary>A page whose content stops above this fraction of its text area counts as nearly empty.</summary>
    public const double DefaultMinimumFill = 0.45;

    /// <summary>The house style's top margin (the running header sits inside it), in points.</summary>
    public const double DefaultTopMarginPt = 2.5 / 2.54 * 72;

    /// <summary>The house style's bottom margin (the footer sits inside it), in points.</summary>
    public const double DefaultBottomMarginPt = 2.2 / 2.54 * 72;

    /// <summary>Every page of <paramref name="pdfPath"/> with how full it is and whether a short page there is intended.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file cannot be read as a PDF.</exception>
    public static IReadOnlyList<PageFillInfo> Measure(string pdfPath, double topMarginPt = DefaultTopMarginPt, double bottomMarginPt = DefaultBottomMarginPt)
    {
        pdfPath = Path.GetFullPath(pdfPath);
        if (!File.Exists(pdfPath)) throw new FileNotFoundException("No PDF at " + pdfPath, pdfPath);
        return PdfInspector.Read(pdfPath, () => PdfDocument.Open(pdfPath), d => Measure(d, topMarginPt, bottomMarginPt));
    }

    /// <summary>Every page of a PDF held in memory with how full it is (see <see cref="Measure(string, double, double)"/>).</summary>
    /// <exception cref="InvalidDataException">The bytes cannot be read as a PDF.</exception>
    public static IReadOnlyList<PageFillInfo> Measure(byte[] pdf, double topMarginPt = DefaultTopMarginPt, double bottomMarginPt = DefaultBottomMarginPt) =>
        PdfInspector.Read("(in memory)", () => PdfDocument.Open(pdf), d => Measure(d, topMarginPt, bottomMarginPt));

    /// <summary>The pages of <paramref name="pdfPath"/> left nearly empty mid-section (see <see cref="PageFill"/>).</summary>
    public static IReadOnlyList<PageFillInfo> NearlyEmptyPages(string pdfPath, double minimumFill = DefaultMinimumFill) =>
        Measure(pdfPath).Where(p => p.IsNearlyEmpty(minimumFill)).ToList();

    private static List<PageFillInfo> Measure(PdfDocument document, double topMarginPt, double bottomMarginPt)
    {
        var chapterStarts = new HashSet<int>();
        if (document.TryGetBookmarks(out var bookmarks))
        {
            foreach (var root in bookmarks.Roots)
            {
                if (root is DocumentBookmarkNode { PageNumber: > 0 } d) chapterStarts.Add(d.PageNumber);
            }
        }

        var pages = new List<(int Number, bool Landscape, double Fill, string FirstLine)>();
        foreach (var page in document.GetPages())
        {
            double top = topMarginPt, bottom = page.Height - bottomMarginPt;
            var lines = PdfInspector.ReadLines(page)
                .Where(l => (l.Top + l.Bottom) / 2 is var middle && middle > top && middle < bottom)
                .ToList();
            var lowest = lines.Select(l => l.Bottom)
                .Concat(page.GetImages().Select(i => page.Height - i.BoundingBox.Bottom).Where(b => b > top))
                .DefaultIfEmpty(top)
                .Max();
            var fill = Math.Clamp((lowest - top) / (bottom - top), 0, 1);
            pages.Add((page.Number, page.Width > page.Height, fill, lines.Count > 0 ? lines[0].Text.Trim() : string.Empty));
        }

        var result = new List<PageFillInfo>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var (number, landscape, fill, firstLine) = pages[i];
            string? intended =
                i == 0 ? "cover"
                : i == pages.Count - 1 ? "end of document"
                : chapterStarts.Contains(number + 1) ? "before a chapter"
                : pages[i + 1].Landscape != landscape ? "orientation change"
                : null;
            result.Add(new PageFillInfo(number, landscape, fill, intended, firstLine));
        }

        return result;
    }
}
