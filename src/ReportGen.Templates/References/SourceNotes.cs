using System.Text.RegularExpressions;
using ReportGen.Data.Model;

namespace ReportGen.Templates.References;

/// <summary>
/// The source note of a chart or table block that has no <c>source:</c> line, and the date every source note carries.
/// <list type="bullet">
/// <item>An indicator whose <c>source_url</c> is the address of a bibliography entry, and whose source text names that
/// entry (shares a word with its title), is cited as that entry, as <c>[@key]</c> in a <c>source:</c> line would be.
/// The data layer keeps its own source and address: the match is made here, on the address.</item>
/// <item>A note that gives no publication year (no cited entry, or one that is undated, such as a continuously
/// updated series) is dated by the periods of the values the block prints: "Data for 2021-23." or "Data for 2019/20
/// to 2023/24."</item>
/// </list>
/// </summary>
public static partial class SourceNotes
{
    /// <summary>
    /// The source line of a block that names none: each indicator's source once, as the bibliography entry its
    /// <c>source_url</c> points to (marked cited) or else as its own text linked to its address.
    /// </summary>
    public static string Line(IReadOnlyList<IndicatorDefinition> indicators, Bibliography bibliography)
    {
        var parts = new List<string>();
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in indicators.Where(i => i.Source.Length > 0).DistinctBy(i => i.Source))
        {
            if (EntryFor(bibliography, indicator.SourceUrl, indicator.Source) is { } entry)
            {
                if (!cited.Add(entry.Key)) continue;
                bibliography.MarkCited(entry);
                parts.Add(Citations.MarkdownCitation(entry));
            }
            else if (indicator.SourceUrl is { Length: > 0 } url && Uri.IsWellFormedUriString(url, UriKind.Absolute))
                parts.Add($"[{indicator.Source.Replace("[", "\\[").Replace("]", "\\]")}](<{url}>)");
            else parts.Add(indicator.Source);
        }
        // As in a source: line, a citation followed by "; " drops its own full stop.
        return string.Join("; ", parts.Select((p, i) => i < parts.Count - 1 && p.EndsWith('.') ? p[..^1] : p));
    }

    /// <summary>
    /// The entry whose address is <paramref name="url"/> (scheme, "www.", letter case and a closing "/" aside) and
    /// whose title shares a word with <paramref name="sourceText"/>; when several do, the one whose title is closest
    /// to the text (most words in common for its length), then the first in the file. Null when none: an address
    /// alone is not enough, since one site (ndtms.net, fingertips.phe.org.uk) serves many different sources.
    /// </summary>
    public static Reference? EntryFor(Bibliography bibliography, string? url, string sourceText)
    {
        if (Address(url) is not { } wanted) return null;
        var named = Words(sourceText);
        return bibliography.Entries
            .Where(r => Address(r.Url) == wanted)
            .Select(r => (Entry: r, Score: Closeness(named, Words(r.Title))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Entry.Line)
            .Select(x => x.Entry).FirstOrDefault();
    }

    /// <summary>
    /// <paramref name="source"/> with "Data for ..." added when it gives no publication year: when it cites no dated
    /// entry, or cites one written "(undated)". Unchanged when the block prints no value or the source is empty.
    /// </summary>
    public static string WithDataPeriod(string source, IEnumerable<Period> printed)
    {
        if (source.Trim().Length == 0 || !NeedsDataPeriod(source) || DataPeriod(printed) is not { } period) return source;
        var text = source.TrimEnd();
        return text + (text.EndsWith('.') ? " " : ". ") + period;
    }

    /// <summary>True when the note names no publication year: no "(2024)" of a dated citation, or an "(undated)" one.</summary>
    public static bool NeedsDataPeriod(string source) =>
        source.Contains("(undated)", StringComparison.Ordinal) || !CitedYear().IsMatch(source);

    /// <summary>
    /// "Data for 2021-23." for one period, "Data for 2019/20 to 2023/24." for several (the first and last, labelled
    /// as the tables and charts label them); null when there is none.
    /// </summary>
    public static string? DataPeriod(IEnumerable<Period> printed)
    {
        var periods = printed.Distinct().Order().ToList();
        return periods.Count switch
        {
            0 => null,
            1 => $"Data for {periods[0].Label}.",
            _ => $"Data for {periods[0].Label} to {periods[^1].Label}.",
        };
    }

    private static string? Address(string? url)
    {
        if (url is not { Length: > 0 } || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return null;
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        return host + uri.AbsolutePath.TrimEnd('/') + uri.Query;
    }

    private static double Closeness(HashSet<string> a, HashSet<string> b)
    {
        var common = a.Count(b.Contains);
        return common == 0 ? 0 : (double)common / (a.Count + b.Count - common);
    }

    /// <summary>Words that can name a source: three letters or more, not the ones every source shares.</summary>
    private static HashSet<string> Words(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value)
        .Where(w => w.Length >= 3 && !Common.Contains(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "from", "with", "where", "says", "row", "data", "england", "wales", "public", "health", "office", "national",
    };

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\((?:1[89]|2[01])\d\d\)")]
    private static partial Regex CitedYear();
}
