using ReportGen.Charts;
using ReportGen.Docx;
using ReportGen.Docx.Accessibility;

namespace ReportGen.Pipeline;

/// <summary>
/// The council's house style, read from its Word reference document (templates/house-style/reference.docx): the
/// Word styles as defined there, and the chart font and main colour taken from them, so charts and text match.
/// Swapping the reference document restyles every output without a code change.
/// </summary>
public sealed record HouseStyle(DocxStyle Document, ChartStyle Charts, AccessibilityReport? Problems)
{
    public static HouseStyle Load(string? referencePath)
    {
        if (referencePath is null || !File.Exists(referencePath))
            return new HouseStyle(DocxStyle.Default, ChartStyle.Default, null);
        var document = DocxStyle.FromReferenceDocument(referencePath, out var problems);
        var colours = document.ChartColours();
        var charts = ChartStyle.Default with
        {
            FontFamily = colours.FontFamily,
            FocusColor = RgbColor.Parse(colours.FocusColor),
        };
        return new HouseStyle(document, charts, problems);
    }

    /// <summary>The chart colours with their contrast, for the accessibility report.</summary>
    public IReadOnlyList<ChartColourContrast> ChartContrast() =>
        Charts.DescribeContrast().Select(c => new ChartColourContrast(c.Name, c.Ratio, c.Required)).ToList();
}
