namespace ReportGen.Docx.Accessibility;

/// <summary>Settings for <see cref="DocxAccessibilityChecker"/>. The defaults follow WCAG 2.2 AA as UK public bodies must.</summary>
public sealed record AccessibilityCheckOptions
{
    /// <summary>The defaults.</summary>
    public static AccessibilityCheckOptions Default { get; } = new();

    /// <summary>Alt text shorter than this many characters is reported as too short to describe anything.</summary>
    public int MinimumAltTextLength { get; init; } = 10;

    /// <summary>Least contrast ratio for text (WCAG 1.4.3: 4.5:1).</summary>
    public double MinimumTextContrast { get; init; } = 4.5;

    /// <summary>
    /// Least contrast ratio for large text (at least 18pt, or 14pt bold). WCAG allows 3:1 there; the house rule
    /// is 4.5:1 everywhere, so that is the default. Set 3 to apply WCAG's exception.
    /// </summary>
    public double MinimumLargeTextContrast { get; init; } = 4.5;

    /// <summary>Chart colours measured by the caller; any below its required ratio is an error.</summary>
    public IReadOnlyList<ChartColourContrast> ChartColours { get; init; } = [];

    /// <summary>Rule ids (see <see cref="AccessibilityRules"/>) not to check.</summary>
    public IReadOnlyCollection<string> DisabledRules { get; init; } = [];
}
