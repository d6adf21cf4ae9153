namespace ReportGen.Docx.Accessibility;

/// <summary>One problem found in a document.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="RuleId">Stable rule id, one of <see cref="AccessibilityRules"/>.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
/// <param name="Location">Where, readably: image name, table caption, paragraph excerpt and/or style.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record AccessibilityFinding(FindingSeverity Severity, string RuleId, string Message, string Location, string Fix)
{
    /// <summary>The paragraph, character or table style involved, if any.</summary>
    public string? Style { get; init; }

    /// <summary>The start of the text involved, if any.</summary>
    public string? Excerpt { get; init; }

    /// <summary>The package part the problem is in, e.g. "/word/document.xml".</summary>
    public string? Part { get; init; }

    /// <summary>How many places share this exact problem (repeated ones are reported once).</summary>
    public int Occurrences { get; init; } = 1;
}
