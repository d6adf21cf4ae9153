using ReportGen.Data.Model;
using ReportGen.Documents;

namespace ReportGen.Templates.Facts;

/// <summary>
/// Where a printed value came from: a published figure, or an illustrative one (sample data standing in for a
/// figure nobody has supplied yet). Carried from each data row to every place the value is printed.
/// </summary>
public static class Provenance
{
    public const string Published = "published";
    public const string Illustrative = "illustrative";
    /// <summary>A row of a chart or table that shows no value (everything missing or too small to publish).</summary>
    public const string None = "none";

    /// <summary>
    /// The mark after an illustrative value in a static table's cell (<c>.cell</c>); the table then says what it
    /// means in a note of its own (<see cref="CellMarkNote"/>), so the value is marked where it is printed.
    /// </summary>
    public const string CellMark = "*";

    /// <summary>The note under a static table with marked cells.</summary>
    public const string CellMarkNote = "Values marked * are illustrative sample data, not published figures.";

    /// <summary>The notice a report carries on its cover and on every page when it prints any illustrative value.</summary>
    public const string Notice = "Contains illustrative data: not for publication";

    public static string Of(IEnumerable<IndicatorValue> values)
    {
        var any = false;
        foreach (var v in values)
        {
            if (v.Illustrative) return Illustrative;
            any = true;
        }
        return any ? Published : None;
    }

    /// <summary>"data/tidy/drug-deaths.csv:12" for each row, for the manifest.</summary>
    public static IReadOnlyList<string> Sources(IEnumerable<IndicatorValue> values) =>
        values.Select(v => v.Source?.ToString()).OfType<string>().Distinct().ToList();

    /// <summary>
    /// The comparator group a block shows when its areas name <c>comparators</c>, if that group is illustrative.
    /// </summary>
    public static ComparatorGroup? IllustrativeGroup(ReportContext context, IEnumerable<string>? selectors)
    {
        if (selectors is null || !selectors.Any(s => s.Trim().Equals("comparators", StringComparison.OrdinalIgnoreCase))) return null;
        var group = ComparatorGroups.For(context.Data.Areas, context.Area.Code, context.Content.ComparatorGroup ?? context.Definition.Comparators.Group);
        return group is { Illustrative: true } ? group : null;
    }

    /// <summary>The words added to a caption that shows an illustrative comparator group.</summary>
    public static IReadOnlyList<Inline> CaptionWithGroup(IReadOnlyList<Inline> caption, ComparatorGroup? group) =>
        group is null ? caption : [.. caption, new TextRun(" (illustrative comparator group)")];

    /// <summary>
    /// The sentence added to a figure's or table's source note when any value it shows is illustrative, or when it
    /// shows an illustrative comparator group.
    /// </summary>
    /// <param name="what">"figure" or "table".</param>
    public static IReadOnlyList<Inline> SourceWithNote(IReadOnlyList<Inline> source, BlockProvenance provenance, ComparatorGroup? group, string what)
    {
        var parts = new List<string>();
        var (illustrative, total) = (provenance.IllustrativeCount, provenance.Count);
        if (illustrative > 0)
            parts.Add(illustrative == total
                ? $"Illustrative values: all {total} data values behind this {what} are illustrative, not published figures."
                : $"Illustrative values: {illustrative} of the {total} data values behind this {what} are illustrative, not published figures.");
        if (provenance.DerivedIllustrativeCount > 0)
            parts.Add($"The ranges shown are worked out from {provenance.DerivedCount} values, {provenance.DerivedIllustrativeCount} of them illustrative.");
        if (group is not null)
            parts.Add($"The comparator group ({group.Name}) is illustrative: its membership is not a published list.");
        if (parts.Count == 0) return source;
        var note = string.Join(" ", parts);
        // A source that ends with a citation already ends its sentence: no second full stop.
        var end = Inlines.ToPlainText(source).TrimEnd();
        return source.Count == 0 ? [new TextRun(note)] : [.. source, new TextRun((end.EndsWith('.') ? " " : ". ") + note)];
    }
}

/// <summary>
/// The data rows behind one chart or table, by the row of its data table they are printed in (for a chart, the
/// first cell of the row: a period, an area, a category, an indicator; for a table, the body row's position).
/// </summary>
public sealed class BlockProvenance
{
    private readonly Dictionary<string, List<IndicatorValue>> _rows = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IndicatorValue> _all = [];
    private readonly HashSet<IndicatorValue> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IndicatorValue> _printed = new(ReferenceEqualityComparer.Instance);

    /// <param name="derived">True for a row that is not printed itself but that a printed number is worked out from
    /// (the England range of a spine chart): it makes the row it feeds illustrative, but is not counted as printed.</param>
    public void Add(string row, IndicatorValue? value, bool derived = false)
    {
        if (value?.Value is null && value?.Count is null) return;
        if (!_rows.TryGetValue(row, out var list)) _rows[row] = list = [];
        list.Add(value);
        if (_seen.Add(value)) _all.Add(value);
        if (!derived) _printed.Add(value);
    }

    /// <summary>Every distinct row used, printed or worked from.</summary>
    public IReadOnlyList<IndicatorValue> Values => _all;
    public IEnumerable<IndicatorValue> PrintedValues => _all.Where(_printed.Contains);
    /// <summary>Distinct values printed.</summary>
    public int Count => _printed.Count;
    public int IllustrativeCount => _printed.Count(v => v.Illustrative);
    /// <summary>Rows only worked from (not printed), and how many of them are illustrative.</summary>
    public int DerivedCount => _all.Count(v => !_printed.Contains(v));
    public int DerivedIllustrativeCount => _all.Count(v => v.Illustrative && !_printed.Contains(v));

    /// <summary>"published", "illustrative" or "none" for the row printed under this label or position.</summary>
    public string Of(string row) => _rows.TryGetValue(row, out var list) ? Provenance.Of(list) : Provenance.None;
}

/// <summary>How much of what one area's report printed is illustrative: the text, and the figures and tables.</summary>
public sealed record ProvenanceSummary
{
    /// <summary>Values printed in sentences (each use counted).</summary>
    public int TextValues { get; init; }
    public int TextIllustrative { get; init; }
    /// <summary>Values printed in figures and tables (each counted once per figure or table).</summary>
    public int BlockValues { get; init; }
    public int BlockIllustrative { get; init; }
    /// <summary>Illustrative values printed, by indicator id.</summary>
    public IReadOnlyDictionary<string, int> IllustrativeByIndicator { get; init; } = new Dictionary<string, int>();
    /// <summary>Illustrative comparator groups shown.</summary>
    public IReadOnlyList<string> IllustrativeGroups { get; init; } = [];

    public int Values => TextValues + BlockValues;
    public int Illustrative => TextIllustrative + BlockIllustrative;
    public bool AnyIllustrative => Illustrative > 0 || IllustrativeGroups.Count > 0;

    /// <summary>"312 of 472 values illustrative (text 20 of 60; figures and tables 292 of 412)".</summary>
    public string Describe() =>
        $"{Illustrative} of {Values} values illustrative (text {TextIllustrative} of {TextValues}; figures and tables {BlockIllustrative} of {BlockValues})"
        + (IllustrativeGroups.Count > 0 ? $"; illustrative comparator group: {string.Join(", ", IllustrativeGroups)}" : "");
}
