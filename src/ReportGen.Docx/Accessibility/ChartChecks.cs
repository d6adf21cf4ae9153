namespace ReportGen.Docx.Accessibility;

/// <summary>
/// Chart colours, measured by the caller against the chart background (the chart style lives in another
/// project): a series or text colour under 4.5:1, or a graphic under 3:1, is an error.
/// </summary>
internal static class ChartChecks
{
    public static void Run(CheckContext c)
    {
        foreach (var finding in Findings(c.Options)) c.Add(finding);
    }

    public static IEnumerable<AccessibilityFinding> Findings(AccessibilityCheckOptions options)
    {
        foreach (var colour in options.ChartColours)
        {
            if (colour.Passes) continue;
            yield return new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.ChartColourContrast,
                $"Chart colour {colour.Name} has a contrast of {ContrastAdvice.Format(colour.Ratio)} against the chart background; its use needs {ContrastAdvice.FormatMinimum(colour.Required)}.",
                $"chart style: {colour.Name}",
                $"Choose a darker {colour.Name} in the chart style (or set it from the house style), so lines and labels drawn in it reach {ContrastAdvice.FormatMinimum(colour.Required)}.")
            { Style = colour.Name };
        }
    }
}
