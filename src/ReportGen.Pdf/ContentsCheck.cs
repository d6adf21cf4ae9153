using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf;

/// <summary>
/// Checks that every entry of a PDF's contents list ("Heading ....... 12") prints the page its heading is really on.
/// Three independent witnesses are compared with the printed number: the first page (after the contents) where the
/// heading's text stands as a line, the page the entry's link goes to, and the page of the bookmark with the same title.
/// </summary>
public static partial class ContentsCheck
{
    /// <summary>Gap, in points, between a title and a bare page number that marks a contents line without leader dots.</summary>
    private const double NumberGap = 18;

    /// <summary>Inspects <paramref name="pdfPath"/> and checks its contents list.</summary>
    public static ContentsCheckResult Verify(string pdfPath, ContentsCheckOptions? options = null) =>
        Verify(PdfInspector.Inspect(pdfPath), options);

    /// <summary>Checks the contents list of an already inspected PDF.</summary>
    public static ContentsCheckResult Verify(PdfFacts facts, ContentsCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        options ??= new ContentsCheckOptions();
        var problems = new List<string>();
        var contentsPages = options.ContentsPages?.ToList() ?? FindContentsPages(facts, options);
        if (contentsPages.Count == 0)
        {
            problems.Add("No contents page was found (no line reading " + string.Join(" or ", options.ContentsTitles.Select(t => $"'{t}'")) + ").");
            return new ContentsCheckResult(contentsPages, [], problems);
        }

        var parsed = new List<(string Title, int Printed, PdfTextLine Line)>();
        foreach (var page in contentsPages)
        {
            parsed.AddRange(ParseEntries(facts, page, options));
        }

        if (parsed.Count == 0)
        {
            problems.Add("The contents page has no entries of the form 'heading ... page number'.");
        }

        var firstBodyPage = contentsPages.Max() + 1;
        var searchFrom = firstBodyPage;
        var usedBookmarks = new HashSet<int>();
        var entries = new List<ContentsEntryCheck>();
        foreach (var (title, printed, line) in parsed)
        {
            var expected = printed + options.PageNumberOffset;
            var heading = FindHeadingPage(facts, title, searchFrom) ?? FindHeadingPage(facts, title, firstBodyPage);
            if (heading is { } h)
            {
                searchFrom = h;
            }

            var link = LinkFor(facts, line);
            var outline = BookmarkFor(facts, title, usedBookmarks);
            var faults = new List<string>();
            if (heading is null)
            {
                faults.Add("the heading text was not found on any page after the contents");
            }
            else if (heading != expected)
            {
                faults.Add($"the heading is on page {heading}, not {expected}");
            }

            if (link is { } l && l != expected)
            {
                faults.Add($"the link goes to page {l}");
            }
            else if (link is null && options.RequireLinks)
            {
                faults.Add("the entry has no internal link");
            }

            if (outline is { } o && o != expected)
            {
                faults.Add($"the bookmark goes to page {o}");
            }

            entries.Add(new ContentsEntryCheck(title, printed, expected, heading, link, outline,
                faults.Count == 0 ? null : string.Join("; ", faults)));
        }

        return new ContentsCheckResult(contentsPages, entries, problems);
    }

    private static List<int> FindContentsPages(PdfFacts facts, ContentsCheckOptions options)
    {
        var pages = new List<int>();
        for (var page = 1; page <= facts.PageLines.Count; page++)
        {
            if (facts.PageLines[page - 1].Any(l => IsContentsTitle(l.Text, options)))
            {
                pages.Add(page);
                break;
            }
        }

        if (pages.Count == 0)
        {
            return pages;
        }

        // Following pages belong to the list while most of their lines are contents entries.
        for (var page = pages[0] + 1; page <= facts.PageLines.Count; page++)
        {
            var lines = facts.PageLines[page - 1];
            var entryLines = ParseEntries(facts, page, options).Count;
            if (entryLines < 2 || entryLines < 0.6 * lines.Count)
            {
                break;
            }

            pages.Add(page);
        }

        return pages;
    }

    private static List<(string Title, int Printed, PdfTextLine Line)> ParseEntries(PdfFacts facts, int page, ContentsCheckOptions options)
    {
        var result = new List<(string, int, PdfTextLine)>();
        if (page < 1 || page > facts.PageLines.Count)
        {
            return result;
        }

        var lines = facts.PageLines[page - 1];
        var start = lines.ToList().FindIndex(l => IsContentsTitle(l.Text, options));
        var pending = new List<PdfTextLine>();
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (TryParseEntry(line, out var title, out var number))
            {
                // A long entry may wrap: earlier lines without a number, just above, belong to it.
                if (pending.Count > 0 && line.Top - pending[^1].Bottom < (line.Bottom - line.Top) * 1.0)
                {
                    title = string.Join(' ', pending.Select(p => p.Text)) + " " + title;
                }

                result.Add((Normalise(title), number, line));
                pending.Clear();
            }
            else
            {
                if (pending.Count > 0 && line.Top - pending[^1].Bottom > (line.Bottom - line.Top))
                {
                    pending.Clear();
                }

                pending.Add(line);
                if (pending.Count > 3)
                {
                    pending.RemoveAt(0);
                }
            }
        }

        return result;
    }

    private static bool TryParseEntry(PdfTextLine line, out string title, out int page)
    {
        title = string.Empty;
        page = 0;
        var match = EntryPattern().Match(line.Text);
        if (!match.Success || !int.TryParse(match.Groups["page"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            return false;
        }

        title = match.Groups["title"].Value.TrimEnd(' ', '.', '\u2026', '\u00B7');
        if (title.Length == 0 || !title.Any(char.IsLetter))
        {
            return false;
        }

        if (match.Groups["leader"].Success)
        {
            return true;
        }

        // No leader: demand a clear gap before the number, as a right-aligned tab stop leaves.
        var words = line.Words;
        return words.Count >= 2 && words[^1].Left - words[^2].Right >= NumberGap;
    }

    private static int? FindHeadingPage(PdfFacts facts, string title, int fromPage)
    {
        var wanted = Key(title);
        for (var page = Math.Max(1, fromPage); page <= facts.PageLines.Count; page++)
        {
            var lines = facts.PageLines[page - 1];
            for (var i = 0; i < lines.Count; i++)
            {
                // The heading may wrap onto up to three lines.
                var joined = new StringBuilder();
                for (var k = i; k < Math.Min(lines.Count, i + 3); k++)
                {
                    if (joined.Length > 0)
                    {
                        joined.Append(' ');
                    }

                    joined.Append(lines[k].Text);
                    var key = Key(joined.ToString());
                    if (key == wanted)
                    {
                        return page;
                    }

                    if (!wanted.StartsWith(key, StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }
        }

        return null;
    }

    private static int? LinkFor(PdfFacts facts, PdfTextLine line)
    {
        var height = Math.Max(1, line.Bottom - line.Top);
        PdfLinkInfo? best = null;
        var bestOverlap = 0.0;
        foreach (var link in facts.Links)
        {
            if (link.PageNumber != line.PageNumber || link.TargetPage is null)
            {
                continue;
            }

            var overlap = Math.Min(link.Bottom, line.Bottom) - Math.Max(link.Top, line.Top);
            var horizontal = Math.Min(link.Right, line.Right) - Math.Max(link.Left, line.Left);
            if (overlap >= height * 0.5 && horizontal > 0 && overlap > bestOverlap)
            {
                best = link;
                bestOverlap = overlap;
            }
        }

        return best?.TargetPage;
    }

    private static int? BookmarkFor(PdfFacts facts, string title, HashSet<int> used)
    {
        var wanted = Key(title);
        for (var i = 0; i < facts.Outline.Count; i++)
        {
            if (!used.Contains(i) && Key(facts.Outline[i].Title) == wanted)
            {
                used.Add(i);
                return facts.Outline[i].PageNumber;
            }
        }

        return null;
    }

    private static bool IsContentsTitle(string text, ContentsCheckOptions options)
    {
        var key = Key(text);
        return options.ContentsTitles.Any(t => Key(t) == key);
    }

    /// <summary>Whitespace collapsed, compatibility forms folded, soft hyphens dropped, curly quotes straightened.</summary>
    private static string Normalise(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC)
            .Replace("\u00AD", string.Empty, StringComparison.Ordinal)
            .Replace('\u2019', '\'')
            .Replace('\u2018', '\'')
            .Replace('\u201C', '"')
            .Replace('\u201D', '"')
            .Replace('\u00A0', ' ');
        return Whitespace().Replace(s, " ").Trim();
    }

    private static string Key(string text) => Normalise(text).ToLowerInvariant();

    [GeneratedRegex(@"^(?<title>.*?\S)\s*(?<leader>(?:[.\u2026\u00B7_]\s*){3,})?\s*(?<page>\d{1,4})$")]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
