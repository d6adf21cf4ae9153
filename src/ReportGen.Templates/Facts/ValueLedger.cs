using System.Collections.Concurrent;

namespace ReportGen.Templates.Facts;

/// <summary>One value as it was rendered: which indicator, area, breakdown and period, the text produced, and where.
/// <paramref name="Breakdown"/> is "" for the headline value, otherwise "sex|age|category type|category".</summary>
public sealed record RenderedValue(string IndicatorId, string AreaCode, string? Period, string Field, string Text,
    double? Value, double? Lower95, double? Upper95, string? Comparison, string Location, string Breakdown = "")
{
    /// <summary>True when any data row behind the text is illustrative (or it ranks among an illustrative group).</summary>
    public bool Illustrative { get; init; }
    /// <summary>The data rows behind the text ("file:row").</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}

/// <summary>
/// Records every data value a template renders, so a build can list what it printed (the build manifest)
/// and a later build can say what changed.
/// </summary>
public sealed class ValueLedger
{
    private readonly ConcurrentQueue<RenderedValue> _values = new();
    private readonly ConcurrentQueue<RenderedBlock> _blocks = new();

    /// <summary>The chapter or block being rendered; stamped on each value recorded.</summary>
    public string CurrentLocation { get; set; } = "";

    public void Record(RenderedValue value) => _values.Enqueue(value);

    public IReadOnlyList<RenderedValue> Values => _values.ToList();

    /// <summary>Records the data rows behind a chart or table placed in the report.</summary>
    public void RecordBlock(string caption, BlockProvenance rows, Data.Model.ComparatorGroup? illustrativeGroup) =>
        _blocks.Enqueue(new RenderedBlock(caption, CurrentLocation, rows, illustrativeGroup));

    /// <summary>The charts and tables placed, in order, with the rows behind each.</summary>
    public IReadOnlyList<RenderedBlock> Blocks => _blocks.ToList();

    /// <summary>How much of what was printed is illustrative. Table values recorded as text are counted with their table.</summary>
    public ProvenanceSummary Summary()
    {
        var text = _values.Where(v => v.Field is not ("table" or "summary_table") && v.Sources.Count > 0).ToList();
        var blocks = _blocks.ToList();
        var byIndicator = text.Where(v => v.Illustrative).Select(v => v.IndicatorId)
            .Concat(blocks.SelectMany(b => b.Rows.PrintedValues.Where(v => v.Illustrative).Select(v => v.IndicatorId)))
            .GroupBy(id => id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        return new ProvenanceSummary
        {
            TextValues = text.Count,
            TextIllustrative = text.Count(v => v.Illustrative),
            BlockValues = blocks.Sum(b => b.Rows.Count),
            BlockIllustrative = blocks.Sum(b => b.Rows.IllustrativeCount),
            IllustrativeByIndicator = byIndicator,
            IllustrativeGroups = blocks.Select(b => b.IllustrativeGroup?.Name).OfType<string>().Distinct().ToList(),
        };
    }
}

/// <summary>A chart or table as placed in the report: its caption, the chapter, and the data rows behind it.</summary>
public sealed record RenderedBlock(string Caption, string Location, BlockProvenance Rows, Data.Model.ComparatorGroup? IllustrativeGroup);
