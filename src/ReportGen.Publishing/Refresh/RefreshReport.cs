using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Publishing.Refresh;

/// <summary>What the refresh did with one element of the draft (see ReportGen.Docx.Refresh.ElementOutcome).</summary>
public enum RefreshAction { Updated, NeedsReview, NotInDraft, NoLongerGenerated }

/// <summary>One element the refresh touched or reports, with the text the draft had and the newly generated text.</summary>
public sealed record RefreshedElement(string? Key, RefreshAction Action, string Before, string After)
{
    /// <summary>A chart image in the element changed.</summary>
    public bool ImageChanged { get; init; }
}

/// <summary>One line of the refresh's change report.</summary>
public sealed record RefreshChange(RefreshAction Action, string Element, string Indicators, string Before, string After, string Flip)
{
    public bool ImageChanged { get; init; }
}

/// <summary>
/// The change report of a refresh (changes.md / changes.csv): each element updated as a tracked change, each element
/// the analyst edited that has new generated wording to review, and elements not added or no longer generated; with the
/// indicators whose printed values the element carries, and any flip of judgement words (better, similar, worse,
/// increasing, decreasing, higher, lower) flagged for review.
/// </summary>
public sealed class RefreshReport
{
    public required string AreaName { get; init; }
    public required string DraftFile { get; init; }
    public required string RefreshedFile { get; init; }
    public required IReadOnlyList<RefreshChange> Changes { get; init; }

    private static readonly string[] JudgementWords =
        ["better", "similar", "worse", "increasing", "decreasing", "higher", "lower", "no significant change"];

    /// <param name="old">Manifest of the build the draft came from (may be null).</param>
    /// <param name="current">Manifest of the new build (its values and sentences).</param>
    public static RefreshReport Create(string areaName, string draftFile, string refreshedFile, IEnumerable<RefreshedElement> elements,
        BuildManifest? old, BuildManifest current)
    {
        var changes = new List<RefreshChange>();
        // With the draft's own build to compare with, only indicators whose values changed are named.
        var changed = old is null ? null : ChangedIndicators(old, current);
        foreach (var e in elements)
        {
            var indicators = Indicators(e.Before, e.After, old, current);
            if (changed is { Count: > 0 } && indicators.Any(changed.Contains)) indicators = indicators.Where(changed.Contains).ToList();
            var before = e.Before;
            // For an element the analyst edited, the wording the old build generated is in its manifest when keys match.
            if (e.Action == RefreshAction.NeedsReview && old?.Sentences.FirstOrDefault(s => s.Key == e.Key) is { } generated)
                before = $"{e.Before} [generated before: {generated.Text}]";
            changes.Add(new RefreshChange(e.Action, e.Key ?? "(unnamed element)", string.Join(" ", indicators), before, e.After, Flip(e.Before, e.After))
                { ImageChanged = e.ImageChanged });
        }
        // A chart whose text did not change names the indicators updated in the same section.
        for (int i = 0; i < changes.Count; i++)
        {
            var c = changes[i];
            if (c.Indicators.Length > 0 || c.Action != RefreshAction.Updated) continue;
            var section = Section(c.Element);
            var near = changes.Where(o => o.Action == RefreshAction.Updated && o.Indicators.Length > 0 && Section(o.Element) == section)
                .SelectMany(o => o.Indicators.Split(' ')).Distinct().ToList();
            if (near.Count > 0) changes[i] = c with { Indicators = string.Join(" ", near) };
        }
        return new RefreshReport { AreaName = areaName, DraftFile = draftFile, RefreshedFile = refreshedFile, Changes = changes };
    }

    /// <summary>Indicators whose printed texts differ between the two builds.</summary>
    private static HashSet<string> ChangedIndicators(BuildManifest old, BuildManifest current)
    {
        static Dictionary<string, HashSet<string>> Texts(BuildManifest m) => m.Values.GroupBy(v => v.Indicator)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Field + "=" + v.Text).ToHashSet(), StringComparer.Ordinal);
        var before = Texts(old);
        var after = Texts(current);
        return before.Keys.Union(after.Keys).Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || !b.SetEquals(a))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The heading part of an element key ("sec-drug-deaths" of "sec-drug-deaths figure fig-x").</summary>
    private static string Section(string key)
    {
        var m = Regex.Match(key, @"^(.*?) (#\d+|figure .*|table .*|box \d+)$");
        return m.Success ? m.Groups[1].Value : key;
    }

    /// <summary>Indicators a printed value of which appears in the new text and not the old, or in the old and not the new.</summary>
    private static List<string> Indicators(string before, string after, BuildManifest? old, BuildManifest current)
    {
        static bool Has(string text, string value) =>
            value.Length >= 2 && Regex.IsMatch(text, "(?<![0-9.,])" + Regex.Escape(value) + "(?![0-9])");
        var found = new List<string>();
        foreach (var v in current.Values)
            if (Has(after, v.Text) && !Has(before, v.Text) && !found.Contains(v.Indicator)) found.Add(v.Indicator);
        foreach (var v in old?.Values ?? [])
            if (Has(before, v.Text) && !Has(after, v.Text) && !found.Contains(v.Indicator)) found.Add(v.Indicator);
        return found;
    }

    /// <summary>"similar -> worse" when the judgement words differ between the two texts; empty otherwise.</summary>
    public static string Flip(string before, string after)
    {
        // The judgement words in reading order: "lower, lower" -> "lower, higher" is a flip even though both have "lower".
        var pattern = new Regex(@"\b(" + string.Join("|", JudgementWords.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase);
        static string Sequence(Regex pattern, string text) => string.Join(", ", pattern.Matches(text).Select(m => m.Value.ToLowerInvariant()));
        var a = Sequence(pattern, before);
        var b = Sequence(pattern, after);
        if (a == b || before.Length == 0 || after.Length == 0) return "";
        return $"{(a.Length == 0 ? "-" : a)} -> {(b.Length == 0 ? "-" : b)}";
    }

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# Refresh of the edited draft: {AreaName}");
        sb.AppendLine();
        sb.AppendLine($"Draft: {DraftFile} (not modified). Refreshed copy: {RefreshedFile}.");
        sb.AppendLine();
        if (Changes.Count == 0) { sb.AppendLine("Nothing changed: the draft is up to date with the data."); return sb.ToString(); }
        foreach (var group in Changes.GroupBy(c => c.Action))
        {
            sb.AppendLine($"## {Title(group.Key)} ({group.Count()})");
            sb.AppendLine();
            foreach (var c in group)
            {
                sb.AppendLine($"- **{c.Element}**" + (c.Indicators.Length > 0 ? $" (indicators: {c.Indicators})" : "")
                    + (c.ImageChanged ? " (chart image changed)" : "")
                    + (c.Flip.Length > 0 ? $" **wording flip to review: {c.Flip}**" : ""));
                if (c.Before.Length > 0) sb.AppendLine($"  - before: {OneLine(c.Before)}");
                if (c.After.Length > 0) sb.AppendLine($"  - after: {OneLine(c.After)}");
            }
            sb.AppendLine();
        }
        return sb.ToString();
    }

    public string ToCsv()
    {
        var sb = new StringBuilder("action,element,indicators,chart_changed,before,after,wording_flip\n");
        foreach (var c in Changes)
            sb.AppendLine(string.Join(",", new[] { c.Action.ToString(), c.Element, c.Indicators, c.ImageChanged ? "yes" : "", c.Before, c.After, c.Flip }.Select(Cell)));
        return sb.ToString();
    }

    private static string OneLine(string s) => s.Replace("\r", "").Replace("\n", " / ");

    private static string Cell(string s)
    {
        s = SpreadsheetSafety.Neutralise(s);
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    public static string Title(RefreshAction action) => action switch
    {
        RefreshAction.Updated => "Updated as tracked changes",
        RefreshAction.NeedsReview => "Edited by you, new generated wording to review (not changed)",
        RefreshAction.NotInDraft => "In the new build but not in the draft (deleted by you, or new in the template; not added)",
        _ => "In the draft but no longer generated (left as it is)",
    };
}
