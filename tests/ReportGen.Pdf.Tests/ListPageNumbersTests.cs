using ReportGen.Pdf;
using Xunit;

namespace ReportGen.Pdf.Tests;

public class ListPageNumbersTests
{
    private static PdfFacts Facts(params string[][] pages) => new()
    {
        Path = "x.pdf",
        PageCount = pages.Length,
        PageLines = pages.Select((lines, p) => (IReadOnlyList<PdfTextLine>)lines
            .Select((t, i) => new PdfTextLine(p + 1, t, [], 0, i * 14, 400, i * 14 + 12)).ToList()).ToList(),
    };

    [Fact]
    public void Reads_the_printed_number_of_each_entry_including_wrapped_and_hyphenated_ones()
    {
        var facts = Facts(
            ["Report title", "Back to Contents | 2", "Contents", "1 Executive Summary..........10", "   1.1 Introduction.......10", "2 Introduction ........ 20"],
            ["List of figures", "Figure 1.1a. Headline indicators for Cambridgeshire compared with all upper-",
             "tier local authorities in England.............11", "Figure 4.1a. Adults reporting use, 2023/24.........26"]);
        var pages = ListPageNumbers.Find(facts, [
            "1 Executive Summary", "1.1 Introduction", "2 Introduction",
            "Figure 1.1a. Headline indicators for Cambridgeshire compared with all upper-tier local authorities in England",
            "Figure 4.1a. Adults reporting use, 2023/24"]);
        Assert.Equal([10, 10, 20, 11, 26], pages);
    }

    [Fact]
    public void An_entry_missing_from_the_pdf_gets_no_number_and_does_not_shift_the_others()
    {
        var facts = Facts(["Contents", "1 One.....3", "3 Three.....9"]);
        Assert.Equal([3, null, 9], ListPageNumbers.Find(facts, ["1 One", "2 Two", "3 Three"]));
    }

    [Fact]
    public void A_title_that_fills_its_line_may_have_its_number_glued_on()
    {
        var facts = Facts(
            ["List of tables", "Table 1.1a. Headline indicators for Peterborough compared with East of England and England10",
             "Table 4.1a. Use of drugs, England and Wales, 2023/2422", "Table 4.1b. Use of drugs by age, 2023/24. 23"]);
        Assert.Equal([10, 22, 23], ListPageNumbers.Find(facts, [
            "Table 1.1a. Headline indicators for Peterborough compared with East of England and England",
            "Table 4.1a. Use of drugs, England and Wales, 2023/24",
            "Table 4.1b. Use of drugs by age, 2023/24"]));
    }
}
