using ReportGen.Pdf.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Pdf.Tests;

/// <summary>Checks the PDFs of the shared batch (see <see cref="ConversionFixture"/>) with <see cref="PdfInspector"/>.</summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class ConversionTests(ConversionFixture fixture, ITestOutputHelper output)
{
    private PdfFacts Good => fixture.GoodFacts ?? throw new InvalidOperationException("The good sample was not converted: " + Describe());

    [LibreOfficeFact]
    public void Every_request_gets_a_result_in_request_order()
    {
        output.WriteLine($"Batch of {fixture.Results.Count} took {fixture.BatchTime.TotalSeconds:0.0} s");
        output.WriteLine(Describe());
        Assert.Equal(5, fixture.Results.Count);
        Assert.EndsWith("good.pdf", fixture.Results[0].Request.PdfPath);
        Assert.EndsWith("missing.pdf", fixture.Results[4].Request.PdfPath);
        Assert.Equal(5, fixture.Reported.Count);
        Assert.Equal(2, fixture.WarmProcessCount);
    }

    [LibreOfficeFact]
    public void Good_documents_succeed_in_one_attempt_and_land_at_their_destination()
    {
        foreach (var result in fixture.Results.Take(2))
        {
            Assert.True(result.Success, result.Error);
            Assert.Equal(1, result.Attempts);
            Assert.Equal(result.Request.PdfPath, result.PdfPath);
            Assert.True(File.Exists(result.PdfPath));
            Assert.True(result.Elapsed > TimeSpan.Zero);
        }

        // Nothing half-written or temporary is left beside the PDFs.
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(fixture.GoodPdf)!, "*.partial"));
    }

    [LibreOfficeFact]
    public void Pdf_is_tagged_pdf_ua_with_title_language_and_embedded_fonts()
    {
        var facts = Good;
        Assert.True(facts.Tagged, "the catalogue should say /MarkInfo /Marked true");
        Assert.True(facts.HasStructureTree);
        Assert.Equal(SampleDocx.Title, facts.Title);
        Assert.Equal("en-GB", facts.Language);
        Assert.True(facts.DisplayDocTitle);
        Assert.Equal(1, facts.PdfUaPart);
        Assert.NotEmpty(facts.Fonts);
        Assert.True(facts.AllFontsEmbedded, string.Join(", ", facts.Fonts.Where(f => !f.Embedded).Select(f => f.Name)));
        Assert.True(facts.PageCount >= 5, $"expected the headings spread over several pages, got {facts.PageCount}");
    }

    [LibreOfficeFact]
    public void Bookmarks_follow_the_headings_with_their_levels_and_pages()
    {
        var facts = Good;
        Assert.Equal(SampleDocx.Headings.Select(h => (h.Text, h.Level)), facts.Outline.Select(o => (o.Title, o.Level)));
        foreach (var entry in facts.Outline)
        {
            Assert.NotNull(entry.PageNumber);
            Assert.Contains(entry.Title, facts.TextOfPage(entry.PageNumber!.Value));
        }

        Assert.True(facts.Outline.Select(o => o.PageNumber).Distinct().Count() >= 4);
    }

    [LibreOfficeFact]
    public void Contents_page_numbers_are_the_pages_the_headings_are_on()
    {
        var check = ContentsCheck.Verify(Good);
        output.WriteLine(check.Describe());
        Assert.True(check.Passed, check.Describe());
        Assert.Equal([1], check.ContentsPages);
        Assert.Equal(SampleDocx.Headings.Count, check.Entries.Count);
        Assert.All(check.Entries, e => Assert.NotNull(e.LinkPage));
        Assert.All(check.Entries, e => Assert.NotEqual(99, e.PrintedPage));
        Assert.True(check.Entries.Select(e => e.PrintedPage).Distinct().Count() >= 4);
    }

    [LibreOfficeFact]
    public void Contents_check_catches_printed_numbers_that_are_wrong()
    {
        var check = ContentsCheck.Verify(fixture.WrongContentsPdf);
        output.WriteLine(check.Describe());
        Assert.False(check.Passed);
        var bad = Assert.Single(check.Entries, e => e.Title == "2.1 Age structure" && !e.Ok);
        Assert.Equal(4, bad.PrintedPage);
        Assert.NotEqual(4, bad.HeadingPage);
        Assert.Equal(bad.HeadingPage, bad.LinkPage);
    }

    [LibreOfficeFact]
    public void Document_that_LibreOffice_cannot_read_fails_after_a_retry_and_leaves_no_pdf()
    {
        var broken = fixture.Results[2];
        Assert.False(broken.Success);
        Assert.Null(broken.PdfPath);
        Assert.Equal(2, broken.Attempts);
        Assert.Contains("Attempt 1:", broken.Error);
        Assert.Contains("Attempt 2:", broken.Error);
        Assert.Contains("could not load", broken.Error);
        Assert.False(File.Exists(fixture.BrokenPdf), "the stale PDF must be removed when the conversion fails");
    }

    [LibreOfficeFact]
    public void Non_docx_and_missing_inputs_are_rejected_without_starting_LibreOffice()
    {
        var text = fixture.Results[3];
        Assert.False(text.Success);
        Assert.Equal(0, text.Attempts);
        Assert.Contains("not a DOCX file", text.Error);
        Assert.False(File.Exists(fixture.TextPdf));

        var missing = fixture.Results[4];
        Assert.False(missing.Success);
        Assert.Contains("does not exist", missing.Error);
        Assert.False(File.Exists(fixture.MissingPdf));
    }

    [LibreOfficeFact]
    public void Private_profiles_and_staging_folders_are_deleted_on_dispose()
    {
        Assert.Empty(fixture.WorkFoldersAfterDispose);
    }

    private string Describe() => string.Join(Environment.NewLine, fixture.Results.Select(r =>
        $"{Path.GetFileName(r.Request.DocxPath)}: success={r.Success} attempts={r.Attempts} elapsed={r.Elapsed.TotalSeconds:0.0}s {r.Error}"));
}
