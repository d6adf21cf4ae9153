using ReportGen.Docx.Rendering;

namespace ReportGen.Docx.Tests;

public class ContentColumnWidthsTests
{
    [Fact]
    public void A_place_name_column_is_never_narrower_than_the_name()
    {
        // The summary table asked for 1.8 of 11.8 parts for each area column: too narrow for "Cambridgeshire" on a
        // portrait page, so the name broke as "Cambridgeshi/re".
        string?[] header = ["Indicator", "Period", "Cambridgeshire", "East of England", "England", "Compared with England"];
        string?[] row = ["Deaths from drug misuse", "2021-23", "3.5 per 100,000", "4.1 per 100,000", "5.5 per 100,000", "Significantly lower"];
        var widths = ContentColumnWidths.Compute([header, row], 6, 9000, [3.2, 1.2, 1.8, 1.8, 1.8, 2.0]);
        Assert.Equal(9000, widths.Sum());
        var needed = "Cambridgeshire".Length * ContentColumnWidths.CharTwips + ContentColumnWidths.CellPadding;
        Assert.True(widths[2] >= needed, $"column 3 is {widths[2]} twips, the name needs {needed}");
        Assert.True(widths[0] > widths[1], "the indicator column keeps more room than the period column");
    }

    [Fact]
    public void Without_asked_widths_the_text_decides()
    {
        string?[] header = ["Area", "2019", "2020"];
        string?[] row = ["Huntingdonshire", "1.0", "2.0"];
        var widths = ContentColumnWidths.Compute([header, row], 3, 6000, null);
        Assert.True(widths[0] > widths[1]);
        Assert.Equal(6000, widths.Sum());
    }
}
