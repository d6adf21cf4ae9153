using ReportGen.Pdf;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Issue 17, "no near-empty pages": no page of a bundled assessment's PDF stops above 45% of its text area in the middle
/// of a section (a block kept whole, such as a tall figure with its caption, moving on and leaving the page blank).
/// Short pages before a chapter, a contents or list page, an orientation change, on the cover and at the end are
/// intended (see <see cref="PageFill"/>). Reads the shared build's PDFs; converts nothing itself.
/// </summary>
[Collection(BundledAssessmentsCollection.Name)]
public sealed class PageFillTests(BundledAssessments built)
{
    [Fact]
    public void No_bundled_pdf_leaves_a_page_nearly_empty_in_the_middle_of_a_section()
    {
        Assert.True(built.Build.ExitCode == 0, built.Build.All);
        var pdfs = built.Files(".pdf");
        Assert.True(pdfs.Count >= 4, $"expected the four bundled areas' PDFs, found {pdfs.Count}");
        var found = new List<string>();
        foreach (var pdf in pdfs)
        {
            var pages = PageFill.Measure(pdf);
            Assert.True(pages.Count > 50, $"{Path.GetFileName(pdf)} has only {pages.Count} pages");
            // The measure sees content: the chapters' pages are mostly full.
            Assert.True(pages.Count(p => p.Fill > 0.8) > pages.Count / 2, $"{Path.GetFileName(pdf)}: most pages read as empty");
            found.AddRange(pages.Where(p => p.IsNearlyEmpty(PageFill.DefaultMinimumFill)).Select(p => $"{Path.GetFileName(pdf)}: {p}"));
        }

        Assert.True(found.Count == 0, "pages nearly empty mid-section:\n" + string.Join('\n', found));
    }
}
