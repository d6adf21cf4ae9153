using System.Text;

namespace ReportGen.Documents;

public abstract record Inline;

[Flags]
public enum TextFormat { None = 0, Bold = 1, Italic = 2, Superscript = 4 }

public sealed record TextRun(string Text, TextFormat Format = TextFormat.None) : Inline;

/// <summary>A footnote: the reference mark here, the note text at the foot of the page.</summary>
public sealed record FootnoteReference(IReadOnlyList<Inline> Note) : Inline;

/// <summary>An external hyperlink with meaningful text.</summary>
public sealed record Hyperlink(string Url, IReadOnlyList<Inline> Content) : Inline;

/// <summary>External: a reference into another report (a summary citing the full report); printed, not linked.</summary>
public enum CrossReferenceKind { Heading, Figure, Table, Other, External }

/// <summary>
/// A reference to another block by id ("see Figure 5.2a", "section 5.7.4"). Numbering fills ResolvedText
/// ("Figure 5.2a") and the writer links it to the target's bookmark.
/// </summary>
public sealed record CrossReference(string TargetId) : Inline
{
    public CrossReferenceKind Kind { get; init; } = CrossReferenceKind.Other;
    public string? ResolvedText { get; init; }
    /// <summary>Text written by the template to show instead of the number (still linked).</summary>
    public IReadOnlyList<Inline>? CustomText { get; init; }
}

public sealed record LineBreak : Inline;

public static partial class Inlines
{
    public static IReadOnlyList<Inline> Text(string text) => [new TextRun(text)];

    /// <summary>
    /// Text in which <c>[words](&lt;url&gt;)</c> becomes a link on those words (as a cited reference is written into a
    /// source line); everything else stays plain text, with <c>\[</c>, <c>\]</c>, <c>\*</c> and <c>\_</c> unescaped.
    /// </summary>
    public static IReadOnlyList<Inline> TextWithLinks(string text)
    {
        if (!text.Contains("](<", StringComparison.Ordinal)) return Text(Unescape(text));
        var result = new List<Inline>();
        var at = 0;
        foreach (System.Text.RegularExpressions.Match m in LinkPattern().Matches(text))
        {
            if (m.Index > at) result.Add(new TextRun(Unescape(text[at..m.Index])));
            result.Add(new Hyperlink(m.Groups[2].Value, [new TextRun(Unescape(m.Groups[1].Value))]));
            at = m.Index + m.Length;
        }
        if (at < text.Length) result.Add(new TextRun(Unescape(text[at..])));
        return result;
    }

    private static string Unescape(string text) =>
        text.Contains('\\') ? text.Replace("\\[", "[").Replace("\\]", "]").Replace("\\*", "*").Replace("\\_", "_") : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)\[((?:\\.|[^\]\\])+)\]\(<([^>\s]+)>\)")]
    private static partial System.Text.RegularExpressions.Regex LinkPattern();

    public static string ToPlainText(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        Append(sb, inlines);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IEnumerable<Inline> inlines)
    {
        foreach (var i in inlines)
        {
            switch (i)
            {
                case TextRun t: sb.Append(t.Text); break;
                case Hyperlink h: Append(sb, h.Content); break;
                case CrossReference c when c.CustomText is not null: Append(sb, c.CustomText); break;
                case CrossReference c: sb.Append(c.ResolvedText ?? c.TargetId); break;
                case LineBreak: sb.Append(' '); break;
            }
        }
    }
}
