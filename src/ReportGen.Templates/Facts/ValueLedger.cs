using System.Collections.Concurrent;

namespace ReportGen.Templates.Facts;

/// <summary>One value as it was rendered: which indicator, area, breakdown and period, the text produced, and where.
/// <paramref name="Breakdown"/> is "" for the headline value, otherwise "sex|age|category type|category".</summary>
public sealed record RenderedValue(string IndicatorId, string AreaCode, string? Period, string Field, string Text,
    double? Value, double? Lower95, double? Upper95, string? Comparison, string Location, string Breakdown = "");

/// <summary>
/// Records every data value a template renders, so a build can list what it printed (the build manifest)
/// and a later build can say what changed.
/// </summary>
public sealed class ValueLedger
{
    private readonly ConcurrentQueue<RenderedValue> _values = new();

    /// <summary>The chapter or block being rendered; stamped on each value recorded.</summary>
    public string CurrentLocation { get; set; } = "";

    public void Record(RenderedValue value) => _values.Enqueue(value);

    public IReadOnlyList<RenderedValue> Values => _values.ToList();
}
