using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf;

/// <summary>
/// Reads, from a PDF that LibreOffice laid out, the page number printed against each entry of the contents list and
/// the lists of figures and tables, so the Word file can carry the same numbers as its PAGEREF fields' cached results.
/// Entries are matched by their text, in order: an entry's title (joined across up to three wrapped lines) must equal
/// the Word entry's text once both are reduced to letters and digits; an entry that cannot be matched gets no number.
/// </summary>
public static partial class ListPageNumbers
{
    /// <summary>The printed page number for each entry text, in the order given; <c>null</c> where no line matched.</summary>
    /// <param name="facts">The inspected PDF.</param>
    /// <param name="entryTexts">The list entries' texts in document order (contents, then figures, then tables).</param>
    public static IReadOnlyList<int?> Find(PdfFacts facts, IReadOnlyList<string> entryTexts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(entryTexts);
        var candidates = Candidates(facts);
        var result = new int?[entryTexts.Count];
        var from = 0;
        for (var i = 0; i < entryTexts.Count; i++)
        {
            var wanted = Key(entryTexts[i]);
            if (wanted.Length == 0) continue;
            // Look ahead a bounded distance, so one unmatched entry does not throw the rest out of step.
            for (var j = from; j < candidates.Count && j < from + 400; j++)
            {
                if (!candidates[j].Keys.Contains(wanted)) continue;
                result[i] = candidates[j].Page;
                from = j + 1;
                break;
            }
        }

        return result;
    }

    private sealed record Candidate(int Page, HashSet<string> Keys);

    /// <summary>Every line ending in a page number, with the keys its title may have (alone or joined with the lines above).</summary>
    private static List<Candidate> Candidates(PdfFacts facts)
    {
        var list = new List<Candidate>();
        foreach (var lines in facts.PageLines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var text = lines[i].Text.Trim();
                var match = EntryLine().Match(text);
                if (match.Success && int.TryParse(match.Groups["page"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var page))
                {
                    list.Add(new Candidate(page, KeysOf(lines, i, match.Groups["title"].Value)));
                    continue;
                }

                // A title that fills the line leaves no room before its number ("...and England10"): try each split of
                // the trailing digits; only the split whose title equals an entry's text can ever match.
                var glued = GluedLine().Match(text);
                for (var d = 1; glued.Success && d <= Math.Min(4, glued.Groups["digits"].Length); d++)
                {
                    var digits = glued.Groups["digits"].Value;
                    list.Add(new Candidate(
                        int.Parse(digits[^d..], NumberStyles.None, CultureInfo.InvariantCulture),
                        KeysOf(lines, i, glued.Groups["title"].Value + digits[..^d])));
                }
            }
        }

        return list;
    }

    /// <summary>The keys of <paramref name="title"/> alone and joined with up to three lines above it.</summary>
    private static HashSet<string> KeysOf(IReadOnlyList<PdfTextLine> lines, int index, string title)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var joined = new StringBuilder(title);
        keys.Add(Key(joined.ToString()));
        for (var k = 1; k <= 3 && index - k >= 0; k++)
        {
            joined.Insert(0, lines[index - k].Text + " ");
            keys.Add(Key(joined.ToString()));
        }

        return keys;
    }

    /// <summary>Letters and digits only, lower case: what survives line wrapping, hyphenation and leader dots.</summary>
    internal static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    // "Title ....... 12" or "Title    12": the title, then leader dots or spaces, then the page number.
    [GeneratedRegex(@"^(?<title>.*?\S)[\s.\u2026\u00B7]*?(?:\s|\.)(?<page>\d{1,4})$")]
    private static partial Regex EntryLine();

    // "Title10": a title ending in a letter or closing punctuation, with the digits straight after it.
    [GeneratedRegex(@"^(?<title>.*[^\s.\d])(?<digits>\d{1,8})$")]
    private static partial Regex GluedLine();
}
