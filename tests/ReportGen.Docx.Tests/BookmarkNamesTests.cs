using ReportGen.Docx.Support;

namespace ReportGen.Docx.Tests;

public sealed class BookmarkNamesTests
{
    [Theory]
    [InlineData("fig-alcohol-mortality", "fig_alcohol_mortality")]
    [InlineData("  5.2.1 Drug use / prevalence ", "5_2_1_Drug_use_prevalence")]
    [InlineData("Ünïcode—dash", "n_code_dash")]
    public void Sanitize_keeps_letters_digits_and_single_underscores(string input, string expected) =>
        Assert.Equal(expected, BookmarkNames.Sanitize(input));

    [Fact]
    public void Names_are_unique_and_at_most_40_characters()
    {
        var names = new BookmarkNames();
        var stem = new string('x', 60);
        var a = names.Reserve("_Toc_", stem);
        var b = names.Reserve("_Toc_", stem);
        var c = names.Reserve("_Toc_", stem + "y");
        Assert.Equal(40, a.Length);
        Assert.True(b.Length <= 40 && c.Length <= 40);
        Assert.Equal(3, new[] { a, b, c }.Distinct().Count());
        Assert.EndsWith("_2", b);
    }

    [Fact]
    public void Uniqueness_ignores_case_as_Word_does()
    {
        var names = new BookmarkNames();
        Assert.NotEqual(names.Reserve("_Ref_", "Rec1"), names.Reserve("_Ref_", "rec1"));
    }
}
