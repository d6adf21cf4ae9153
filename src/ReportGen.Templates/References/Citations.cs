using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Templates.References;

/// <summary>
/// Resolves citations in a chapter's Markdown (after Liquid, before Markdown) against the bibliography:
/// <list type="bullet">
/// <item><c>[@key]</c> in running text becomes the footnote <c>[^key]</c>, whose text is written from the entry;</item>
/// <item><c>[^key]</c> with no <c>[^key]: ...</c> definition in the chapter takes its text from the entry <c>key</c>;</item>
/// <item><c>[@key]</c> inside a footnote definition, or in a block's <c>source:</c> line, is replaced by the entry's
/// citation (publisher, year, title) with its link on the title.</item>
/// </list>
/// A key that is not in the bibliography is an error at the chapter's file and line.
/// </summary>
public static partial class Citations
{
    public static string Resolve(string markdown, string path, Bibliography bibliography, DiagnosticBag diagnostics)
    {
        if (!markdown.Contains("[@", StringComparison.Ordinal) && !markdown.Contains("[^", StringComparison.Ordinal)) return markdown;
        var lines = markdown.Split('\n');
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
            if (Definition().Match(line) is { Success: true } d) defined.Add(d.Groups[1].Value);

        var needed = new List<(string Key, int Line)>();
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) { inFence = !inFence; continue; }
            // "[@]" is a citation whose key is missing, often a {{ local.x }} the area does not give.
            if (line.Contains("[@]", StringComparison.Ordinal))
                diagnostics.Error("REF012", "A citation [@] names no key.", path, i + 1,
                    fix: $"Write the key of an entry in {Bibliography.FileName} inside the brackets, e.g. [@ndtms]; if the key comes from area.yaml (text:), give it there.");
            if (inFence)
            {
                if (line.Contains("[@", StringComparison.Ordinal) && YamlField().Match(line) is { Success: true } field)
                {
                    var value = field.Groups[2].Value.Trim();
                    if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0]) value = value[1..^1];
                    // The citation keeps its link: the block handler turns [title](<url>) into a link on the title.
                    var expanded = Cite().Replace(value, m => Lookup(m.Groups[1].Value, i) is { } r ? InText(r, value, m) : m.Value);
                    lines[i] = field.Groups[1].Value + "\"" + expanded.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
                }
                continue;
            }
            if (Definition().IsMatch(line))
            {
                lines[i] = Cite().Replace(line, m => Lookup(m.Groups[1].Value, i) is { } r ? InText(r, line, m) : m.Value);
                continue;
            }
            lines[i] = Cite().Replace(line, m =>
            {
                var key = m.Groups[1].Value;
                if (Lookup(key, i) is null) return m.Value;
                if (!defined.Contains(key)) needed.Add((key, i + 1));
                return "[^" + key + "]";
            });
            foreach (Match m in FootnoteUse().Matches(lines[i]))
                if (!defined.Contains(m.Groups[1].Value)) needed.Add((m.Groups[1].Value, i + 1));
        }

        var sb = new StringBuilder(string.Join('\n', lines));
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, line) in needed)
        {
            if (!added.Add(key)) continue;
            if (bibliography.Find(key) is { } r && Mark(r)) sb.Append("\n\n[^").Append(key).Append("]: ").Append(MarkdownCitation(r));
            else
                diagnostics.Error("REF010", $"The footnote [^{key}] has no text: there is no '[^{key}]: ...' line in this chapter and no entry '{key}' in {Bibliography.FileName}.",
                    path, line, fix: $"Add '{key}:' with title, publisher, year and url to {Bibliography.FileName} (or write the footnote's text in the chapter).");
        }
        sb.Append('\n');
        return sb.ToString();

        bool Mark(Reference r)
        {
            bibliography.MarkCited(r);
            return true;
        }

        Reference? Lookup(string key, int index)
        {
            if (bibliography.Find(key) is { } r)
            {
                bibliography.MarkCited(r);
                return r;
            }
            diagnostics.Error("REF011", $"The citation [@{key}] names no entry in {Bibliography.FileName}.", path, index + 1,
                fix: $"Add '{key}:' with title, publisher, year and url to {bibliography.Path ?? Bibliography.FileName}, or correct the key.");
            return null;
        }
    }

    /// <summary>Footnote text: "Publisher (Year). [Title](url)." with the accessed date.</summary>
    public static string MarkdownCitation(Reference r)
    {
        var who = r.Author is { Length: > 0 } ? $"{r.Author}, {r.Publisher}" : r.Publisher;
        var when = r.Year is { } y ? $" ({y})" : " (undated)";
        var title = Escape(r.Title.TrimEnd('.'));
        var linked = r.Url is { Length: > 0 } u ? $"[{title}](<{u}>)" : title;
        var note = r.NoteSentence is { } n ? " " + Escape(n) : "";
        return $"{Escape(who)}{when}. {linked}.{note}{r.AccessedText}";
    }

    /// <summary>
    /// A citation written where <paramref name="m"/> stands in <paramref name="text"/>: its closing full stop is left
    /// out when the text goes on with a semicolon, comma or full stop ("[@a]; [@b]" reads "... Title a; ... Title b").
    /// </summary>
    private static string InText(Reference r, string text, Match m)
    {
        var citation = MarkdownCitation(r);
        var rest = text.AsSpan(m.Index + m.Length).TrimStart();
        return citation.EndsWith('.') && rest.Length > 0 && rest[0] is ';' or ',' or '.' ? citation[..^1] : citation;
    }

    private static string Escape(string text) => text.Replace("[", "\\[").Replace("]", "\\]").Replace("*", "\\*").Replace("_", "\\_");

    [GeneratedRegex(@"\[@([A-Za-z0-9][A-Za-z0-9_.:-]*)\]")]
    private static partial Regex Cite();

    [GeneratedRegex(@"^\[\^([^\]\s]+)\]:")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\[\^([^\]\s]+)\](?!:)")]
    private static partial Regex FootnoteUse();

    [GeneratedRegex(@"^(\s*source:\s*)(.*)$")]
    private static partial Regex YamlField();
}
