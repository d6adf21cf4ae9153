using System.Globalization;
using System.Text;

namespace ReportGen.Publishing;

public enum ChangeKind
{
    ValueChanged,
    ComparisonChanged,
    TrendChanged,
    NewPeriod,
    IndicatorAppeared,
    IndicatorDisappeared,
    WordingChanged,
    TemplateChanged,
}

/// <summary>One difference between two builds of the same area.</summary>
public sealed record Change(ChangeKind Kind, string Area, string? Indicator, string? Period, string? Old, string? New, string Detail);

/// <summary>
/// Compares two build manifests of one area and says what changed: values, comparison flips, new periods,
/// indicators that appeared or disappeared, and paragraphs whose wording changed for a reason other than a
/// changed value. Written as Markdown and CSV beside the outputs, and summarised on the console.
/// </summary>
public sealed class ChangeReport
{
    public required string AreaName { get; init; }
    public required IReadOnlyList<Change> Changes { get; init; }
    public DateTimeOffset? OldBuild { get; init; }
    public DateTimeOffset NewBuild { get; init; }

    public bool IsEmpty => Changes.Count == 0;

    public static ChangeReport Compare(BuildManifest? old, BuildManifest current)
    {
        var changes = new List<Change>();
        if (old is null)
            return new ChangeReport { AreaName = current.AreaName, Changes = changes, NewBuild = current.GeneratedAt };
        var area = current.AreaName;

        // Values: one entry per indicator, area and breakdown shown; the latest value and comparison.
        var oldByKey = Latest(old.Values);
        var newByKey = Latest(current.Values);
        foreach (var (key, n) in newByKey)
        {
            if (!oldByKey.TryGetValue(key, out var o))
            {
                changes.Add(new Change(ChangeKind.IndicatorAppeared, area, n.Indicator, n.Period, null, Show(n), $"{Describe(n)} for {n.Area} now appears in the report."));
                continue;
            }
            if (o.Period != n.Period)
                changes.Add(new Change(ChangeKind.NewPeriod, area, n.Indicator, n.Period, $"{o.Period}: {Show(o)}", $"{n.Period}: {Show(n)}",
                    $"{Describe(n)} for {n.Area}: latest period is now {n.Period} (was {o.Period})."));
            else if (!SameNumber(o.Value, n.Value) || !SameNumber(o.Lower95, n.Lower95) || !SameNumber(o.Upper95, n.Upper95))
                changes.Add(new Change(ChangeKind.ValueChanged, area, n.Indicator, n.Period, Show(o), Show(n),
                    $"{Describe(n)} for {n.Area} in {n.Period}: {Show(o)} -> {Show(n)}."));
            if (o.Comparison != n.Comparison)
                changes.Add(new Change(ChangeKind.ComparisonChanged, area, n.Indicator, n.Period, o.Comparison, n.Comparison,
                    $"{Describe(n)} for {n.Area}: compared with England was {o.Comparison}, now {n.Comparison}."));
        }
        // Recent-trend flips, from the trend wording each build printed.
        static Dictionary<string, string> Trends(IEnumerable<ManifestValue> values) => values.Where(v => v.Field is "trend" or "trend_label")
            .GroupBy(SeriesKey).ToDictionary(g => g.Key, g => g.First().Text);
        var oldTrends = Trends(old.Values);
        foreach (var (key, text) in Trends(current.Values))
            if (oldTrends.TryGetValue(key, out var before) && before != text)
            {
                var parts = key.Split('|');
                changes.Add(new Change(ChangeKind.TrendChanged, area, parts[0], newByKey.GetValueOrDefault(key)?.Period, before, text,
                    $"{parts[0]} for {parts[1]}: the recent trend was \"{before}\", now \"{text}\"."));
            }
        foreach (var (key, o) in oldByKey)
            if (!newByKey.ContainsKey(key))
                changes.Add(new Change(ChangeKind.IndicatorDisappeared, area, o.Indicator, o.Period, Show(o), null, $"{Describe(o)} for {o.Area} is no longer in the report."));

        // Wording: paragraphs that differ other than by the value texts that changed.
        var changedSeries = changes.Where(c => c.Indicator is not null).Select(c => c.Indicator!).ToHashSet();
        var valueTextSwaps = ValueTextSwaps(old.Values, current.Values, changedSeries);
        var oldSentences = old.Sentences.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.First().Text);
        foreach (var s in current.Sentences.GroupBy(s => s.Key).Select(g => g.First()))
        {
            if (!oldSentences.TryGetValue(s.Key, out var before) || before == s.Text) continue;
            var explained = valueTextSwaps.Aggregate(s.Text, (text, swap) => text.Replace(swap.New, swap.Old));
            if (explained == before) continue;
            changes.Add(new Change(ChangeKind.WordingChanged, area, null, null, before, s.Text, $"Wording changed at {s.Key}."));
        }
        if (old.TemplateVersion != current.TemplateVersion && old.TemplateVersion.Length > 0)
            changes.Add(new Change(ChangeKind.TemplateChanged, area, null, null, old.TemplateVersion[..Math.Min(12, old.TemplateVersion.Length)],
                current.TemplateVersion[..Math.Min(12, current.TemplateVersion.Length)], "The template or the area's content changed."));
        return new ChangeReport { AreaName = area, Changes = changes, OldBuild = old.GeneratedAt, NewBuild = current.GeneratedAt };
    }

    private static Dictionary<string, ManifestValue> Latest(IEnumerable<ManifestValue> values) =>
        values.Where(v => v.Field != "table" || v.Period is not null)
            .GroupBy(SeriesKey)
            .ToDictionary(g => g.Key, g => g.Where(v => v.Field != "table").DefaultIfEmpty(g.Last()).Last()!);

    /// <summary>
    /// For each place a changed indicator was printed (one field, one chapter), its old and new text. Only places that
    /// printed a single text are used, so a sentence whose only difference is those texts counts as explained.
    /// </summary>
    private static List<(string Old, string New)> ValueTextSwaps(IEnumerable<ManifestValue> old, IEnumerable<ManifestValue> current, ISet<string> changedIndicators)
    {
        static Dictionary<(string, string, string, string), string?> Single(IEnumerable<ManifestValue> values, ISet<string> indicators) =>
            values.Where(v => v.Field != "table" && indicators.Contains(v.Indicator))
                .GroupBy(v => (v.Indicator, v.Area + "|" + v.Breakdown, v.Field, v.Location))
                .ToDictionary(g => g.Key, g => g.Select(v => v.Text).Distinct().Count() == 1 ? g.First().Text : null);
        var before = Single(old, changedIndicators);
        var after = Single(current, changedIndicators);
        return after.Where(a => a.Value is { Length: > 0 } && before.TryGetValue(a.Key, out var b) && b is not null && b != a.Value)
            .Select(a => (Old: before[a.Key]!, New: a.Value!)).Distinct().OrderByDescending(s => s.New.Length).ToList();
    }

    /// <summary>Rows are matched by indicator, area, sex, age and category (then compared period by period): a
    /// female-only value is never compared with the persons value.</summary>
    private static string SeriesKey(ManifestValue v) => v.Indicator + "|" + v.Area + "|" + (v.Breakdown ?? "");

    private static string Describe(ManifestValue v) => v.Breakdown is { Length: > 0 } b
        ? $"{v.Indicator} ({string.Join(", ", b.Split('|').Where(p => p.Length > 0 && p is not "Persons" and not "All ages"))})" : v.Indicator;

    private static bool SameNumber(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(a.Value));

    private static string Show(ManifestValue v) => v.Value is { } x
        ? x.ToString("0.###", CultureInfo.InvariantCulture) + (v.Lower95 is { } l && v.Upper95 is { } u ? $" ({l.ToString("0.###", CultureInfo.InvariantCulture)} to {u.ToString("0.###", CultureInfo.InvariantCulture)})" : "")
        : "not available";

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# What changed: {AreaName}");
        sb.AppendLine();
        sb.AppendLine(OldBuild is null ? "No previous build to compare with." : $"Compared with the build of {OldBuild:yyyy-MM-dd HH:mm} UTC.");
        sb.AppendLine();
        if (IsEmpty) { sb.AppendLine("Nothing changed."); return sb.ToString(); }
        foreach (var group in Changes.GroupBy(c => c.Kind))
        {
            sb.AppendLine($"## {Title(group.Key)} ({group.Count()})");
            sb.AppendLine();
            if (group.Key == ChangeKind.WordingChanged)
            {
                foreach (var c in group) { sb.AppendLine($"- {c.Detail}"); sb.AppendLine($"  - before: {c.Old}"); sb.AppendLine($"  - after: {c.New}"); }
            }
            else
            {
                sb.AppendLine("| indicator | period | before | after |");
                sb.AppendLine("|---|---|---|---|");
                foreach (var c in group) sb.AppendLine($"| {c.Indicator} | {c.Period} | {c.Old} | {c.New} |");
            }
            sb.AppendLine();
        }
        return sb.ToString();
    }

    public string ToCsv()
    {
        var sb = new StringBuilder("kind,area,indicator,period,before,after,detail\n");
        foreach (var c in Changes)
            sb.AppendLine(string.Join(",", new[] { c.Kind.ToString(), c.Area, c.Indicator, c.Period, c.Old, c.New, c.Detail }.Select(CsvCell)));
        return sb.ToString();
    }

    private static string CsvCell(string? s)
    {
        s = SpreadsheetSafety.Neutralise(s ?? "");
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    public static string Title(ChangeKind kind) => kind switch
    {
        ChangeKind.ValueChanged => "Values changed",
        ChangeKind.ComparisonChanged => "Comparison with England changed",
        ChangeKind.TrendChanged => "Recent trend changed",
        ChangeKind.NewPeriod => "New periods",
        ChangeKind.IndicatorAppeared => "Indicators that appeared",
        ChangeKind.IndicatorDisappeared => "Indicators that disappeared",
        ChangeKind.WordingChanged => "Wording changed",
        _ => "Template changed",
    };
}
