using ReportGen.Pdf.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;

namespace ReportGen.Pdf.Tests;

/// <summary><see cref="PageFill"/> on a hand-made file (PdfPig's writer), without LibreOffice.</summary>
public sealed class PageFillTests
{
    // A4 in points, and the text area between the house margins.
    private const double Width = 595.3, Height = 841.9;
    private static readonly double Top = PageFill.DefaultTopMarginPt, Bottom = Height - PageFill.DefaultBottomMarginPt;

    private static readonly Lazy<IReadOnlyList<PageFillInfo>> Pages = new(() => PageFill.Measure(HandMade()));

    /// <summary>
    /// 1 cover (short); 2 text to 30% of the text area then blank (mid-section); 3 short, before a chapter; 4 the chapter,
    /// a picture down to 80%; 5 short before a landscape page; 6 landscape, full; 7 only a running header and footer;
    /// 8 the last page, short. Every page has a running header and footer in its margins.
    /// </summary>
    private static byte[] HandMade()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        void Page(double fill, bool landscape = false, bool picture = false)
        {
            var (w, h) = landscape ? (Height, Width) : (Width, Height);
            var page = builder.AddPage(w, h);
            var bottom = h - PageFill.DefaultBottomMarginPt;
            page.AddText("Running header", 9, new PdfPoint(62, h - 40), font);
            page.AddText("Contains illustrative data: not for publication", 9, new PdfPoint(200, 30), font);
            var reach = Top + (fill * (bottom - Top)); // from the top of the page
            if (picture)
            {
                page.AddText("Figure 1. A chart", 11, new PdfPoint(62, h - Top - 14), font);
                page.AddPng(TinyPng.Make(40, 20), new PdfRectangle(62, h - reach, 400, h - Top - 30));
                return;
            }
            for (var y = Top + 14; y <= reach; y += 14) page.AddText("Body text line", 11, new PdfPoint(62, h - y + 2.5), font);
        }

        Page(0.3);                  // 1 cover
        Page(0.3);                  // 2 mid-section, nearly empty
        Page(0.25);                 // 3 before a chapter
        Page(0.8, picture: true);   // 4 chapter start, filled by its picture
        Page(0.2);                  // 5 before a landscape page
        Page(0.95, landscape: true); // 6 landscape
        Page(0);                    // 7 header and footer only
        Page(0.1);                  // 8 end
        builder.Bookmarks = new Bookmarks([
            new DocumentBookmarkNode("Chapter", 0, new ExplicitDestination(4, ExplicitDestinationType.FitPage, ExplicitDestinationCoordinates.Empty), []),
        ]);
        return builder.Build();
    }

    [Fact]
    public void Measures_how_far_down_the_text_area_text_and_pictures_reach_ignoring_header_and_footer()
    {
        var pages = Pages.Value;
        Assert.Equal(8, pages.Count);
        Assert.InRange(pages[1].Fill, 0.27, 0.33);
        Assert.InRange(pages[3].Fill, 0.77, 0.83); // the picture, not its caption
        Assert.InRange(pages[5].Fill, 0.9, 1.0);
        Assert.True(pages[5].Landscape);
        Assert.Equal(0, pages[6].Fill);
        Assert.Equal("Body text line", pages[1].FirstLine);
    }

    [Fact]
    public void Short_pages_are_intended_on_the_cover_before_a_chapter_before_an_orientation_change_and_at_the_end()
    {
        var pages = Pages.Value;
        Assert.Equal(["cover", null, "before a chapter", null, "orientation change", "orientation change", null, "end of document"],
            pages.Select(p => p.IntendedBreak));
        Assert.Equal([2, 7], pages.Where(p => p.IsNearlyEmpty(PageFill.DefaultMinimumFill)).Select(p => p.PageNumber));
        Assert.Empty(pages.Where(p => p.IsNearlyEmpty(0.05)).Where(p => p.PageNumber != 7));
        Assert.StartsWith("p. 2 (portrait): 30", pages[1].ToString(), StringComparison.Ordinal);
    }
}
