namespace ReportGen.Templates;

/// <summary>
/// The rule that a figure a sentence needs may not be printed as "not available": the wording helpers
/// (<see cref="Liquid.IndicatorDrop"/>) write that text when the data has no value, and the build turns it into an
/// error so the area is not written. Table cells ("-") and charts left out for want of data are not affected.
/// </summary>
public static class NotAvailableCheck
{
    /// <summary>The diagnostic code of the error.</summary>
    public const string Code = "DATA-NOT-AVAILABLE";

    /// <summary>The exact text the wording helpers print for a missing figure.</summary>
    public const string Text = "not available";

    /// <summary>True when <paramref name="printed"/> is the placeholder itself rather than a figure.</summary>
    public static bool WouldPrintNotAvailable(string printed) =>
        printed.Trim().Equals(Text, StringComparison.OrdinalIgnoreCase);

    public static string Message(string indicator, string field, string areaName, string areaCode, bool hasAnyValue) =>
        $"A sentence would print \"not available\" for {indicator} ({field}) in {areaName} ({areaCode}): " +
        (hasAnyValue
            ? "a figure it needs (the England or region value, a rank, an earlier period) is missing from the data."
            : "the data has no value of this indicator for the area.");

    public static string Fix(string indicator, string areaCode) =>
        $"Add the missing rows of {indicator} for {areaCode} (and England) to data/ (run 'reportgen validate'; if a " +
        "Fingertips download failed, run 'reportgen fetch' again), or remove the sentence from the template.";
}
