using ReportGen.Data.Model;
using ReportGen.Templates.Wording;

namespace ReportGen.Templates.Facts;

/// <summary>
/// Statistical disclosure control: small counts are never printed. A count below the indicator's threshold
/// (default 5) is shown as "fewer than 5" in text and "&lt;5" in tables, chart labels and data files.
/// </summary>
public sealed class DisclosureControl(int defaultThreshold = 5)
{
    public int DefaultThreshold { get; } = defaultThreshold;

    public int ThresholdFor(IndicatorDefinition? indicator) => indicator?.DisclosureThreshold ?? DefaultThreshold;

    /// <summary>True when a count must not be shown (zero is shown: it reveals nobody).</summary>
    public bool Suppress(double count, IndicatorDefinition? indicator) => count > 0 && count < ThresholdFor(indicator);

    public string CountText(double count, IndicatorDefinition? indicator) =>
        Suppress(count, indicator) ? $"fewer than {ThresholdFor(indicator)}" : NumberFormat.Count(count);

    public string CountCell(double count, IndicatorDefinition? indicator) =>
        Suppress(count, indicator) ? $"<{ThresholdFor(indicator)}" : NumberFormat.Count(count);
}
