namespace ReportGen.Pdf.Tests;

/// <summary>The contents check on hand-built page text, without LibreOffice.</summary>
public sealed class ContentsCheckTests
{
    [Fact]
    public void Passes_when_numbers_headings_links_and_bookmarks_agree()
    {
        var facts = Facts(
            [
                Page(1, "Contents", "1 Introduction ........ 2", "2 Population and people in the area of", "Test County ........ 3", "3 Outcomes|4"),
                Page(2, "1 Introduction", "Some text."),
                Page(3, "2 Population and people in the area of", "Test County", "More text."),
                Page(4, "3 Outcomes", "Text."),
            ],
            outline: [new PdfOutlineEntry("1 Introduction", 1, 2), new PdfOutlineEntry("3 Outcomes", 1, 4)],
            links: [new PdfLinkInfo(1, 72, 50, 500, 64, 2, null)]);

        var result = ContentsCheck.Verify(facts);

        Assert.True(result.Passed, result.Describe());
        Assert.Equal(["1 Introduction", "2 Population and people in the area of Test County", "3 Outcomes"], result.Entries.Select(e => e.Title));
        Assert.Equal(2, result.Entries[0].LinkPage);
        Assert.Equal(3, result.Entries[1].HeadingPage);   // a heading wrapped over two lines
        Assert.Equal(4, result.Entries[2].HeadingPage);
        Assert.Equal(4, result.Entries[2].OutlinePage);
    }

    [Fact]
    public void Fails_an_entry_whose_printed_number_is_not_its_page()
    {
        var facts = Facts(
            [
                Page(1, "Contents", "Introduction ...... 2", "Summary ...... 2"),
                Page(2, "Introduction", "Text"),
                Page(3, "Summary", "Text"),
            ]);

        var result = ContentsCheck.Verify(facts);

        Assert.False(result.Passed);
        Assert.True(result.Entries[0].Ok);
        Assert.False(result.Entries[1].Ok);
        Assert.Equal(3, result.Entries[1].HeadingPage);
        Assert.Contains("page 3, not 2", result.Entries[1].Problem);
    }

    [Fact]
    public void A_link_to_the_wrong_page_is_reported_even_when_the_text_matches()
    {
        var facts = Facts(
            [Page(1, "Contents", "Introduction ...... 2"), Page(2, "Introduction")],
            links: [new PdfLinkInfo(1, 72, 50, 500, 64, 3, null)]);

        var entry = Assert.Single(ContentsCheck.Verify(facts).Entries);
        Assert.False(entry.Ok);
        Assert.Contains("link goes to page 3", entry.Problem);
    }

    [Fact]
    public void Page_number_offset_maps_printed_numbers_to_physical_pages()
    {
        var facts = Facts([Page(1, "Cover"), Page(2, "Contents", "Introduction ...... 1"), Page(3, "Introduction")]);
        Assert.False(ContentsCheck.Verify(facts).Passed);
        Assert.True(ContentsCheck.Verify(facts, new ContentsCheckOptions { PageNumberOffset = 2 }).Passed);
    }

    [Fact]
    public void Reports_a_missing_contents_page()
    {
        var result = ContentsCheck.Verify(Facts([Page(1, "Just text 12")]));
        Assert.False(result.Passed);
        Assert.Contains("No contents page", Assert.Single(result.Problems));
    }

    [Fact]
    public void Contents_may_run_over_two_pages()
    {
        var facts = Facts(
            [
                Page(1, "Contents", "A ...... 3", "B ...... 3", "C ...... 4"),
                Page(2, "D ...... 4", "E ...... 4", "F ...... 5"),
                Page(3, "A", "B"),
                Page(4, "C", "D", "E"),
                Page(5, "F", "Table 1: deaths in 2021   12"),
            ]);

        var result = ContentsCheck.Verify(facts);
        Assert.True(result.Passed, result.Describe());
        Assert.Equal([1, 2], result.ContentsPages);
        Assert.Equal(6, result.Entries.Count);
    }

    private static PdfFacts Facts(IReadOnlyList<IReadOnlyList<PdfTextLine>> pages, IReadOnlyList<PdfOutlineEntry>? outline = null, IReadOnlyList<PdfLinkInfo>? links = null) =>
        new()
        {
            Path = "test.pdf",
            PageCount = pages.Count,
            PageLines = pages,
            PageTexts = pages.Select(p => string.Join('\n', p.Select(l => l.Text))).ToList(),
            Outline = outline ?? [],
            Links = links ?? [],
        };

    /// <summary>
    /// Lines 20 pt apart from y = 30. A "|" splits a line into a title and a far-right number (no leader dots).
    /// </summary>
    private static IReadOnlyList<PdfTextLine> Page(int number, params string[] lines) =>
        lines.Select((text, i) =>
        {
            var top = 30 + (i * 20);
            var words = new List<PdfWord>();
            var parts = text.Split('|');
            var x = 72.0;
            foreach (var w in parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(new PdfWord(w, x, top, x + (w.Length * 6), top + 14));
                x += (w.Length * 6) + 3;
            }

            if (parts.Length > 1)
            {
                words.Add(new PdfWord(parts[1], 500, top, 510, top + 14));
            }

            return new PdfTextLine(number, string.Join(' ', words.Select(w => w.Text)), words, words[0].Left, top, words[^1].Right, top + 14);
        }).ToList();
}
