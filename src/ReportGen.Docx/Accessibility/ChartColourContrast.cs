namespace ReportGen.Docx.Accessibility;

/// <summary>
/// A chart colour's contrast against the chart background, as measured by the chart project (for example from
/// <c>ChartStyle.DescribeContrast()</c>), so the checker can report it without depending on the chart library.
/// </summary>
/// <param name="Name">The chart style member, e.g. "FocusColor".</param>
/// <param name="Ratio">Its WCAG 2 contrast ratio against the chart background.</param>
/// <param name="Required">The ratio its use needs (4.5 text and data lines, 3 graphics, 1 for none).</param>
public sealed record ChartColourContrast(string Name, double Ratio, double Required)
{
    /// <summary>True when the ratio reaches what is required.</summary>
    public bool Passes => Ratio + 1e-9 >= Required;
}
