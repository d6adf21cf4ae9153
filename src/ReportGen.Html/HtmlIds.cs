using System.Text;
using ReportGen.Documents;

namespace ReportGen.Html;

/// <summary>
/// Stable element ids for the web edition: a block's own template id where it has one ("fig-alcohol-mortality"),
/// otherwise one made from its number ("section-5-2-1", "figure-5-2a", "table-3") or its heading text. The same
/// document gives the same ids on every build, so links into the page keep working.
/// </summary>
internal sealed class HtmlIds
{
    /// <summary>Ids the page itself uses; no block may take them.</summary>
    public static readonly string[] Reserved = ["main", "contents", "notes", "notes-title", "toc-title", "data-notice"];

    private readonly HashSet<string> _used = new(Reserved, StringComparer.Ordinal);
    private readonly Dictionary<Block, string> _byBlock = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _byModelId = new(StringComparer.Ordinal);

    public HtmlIds(IEnumerable<Block> blocks)
    {
        // Template ids first, so a generated id can never take one that a cross-reference points at.
        Visit(blocks, withModelIds: true);
        Visit(blocks, withModelIds: false);
    }

    public List<Heading> Headings { get; } = [];
    public List<Figure> Figures { get; } = [];
    public List<Table> Tables { get; } = [];

    /// <summary>The element id of a block, or null if it needs none.</summary>
    public string? For(Block block) => _byBlock.GetValueOrDefault(block);

    /// <summary>The element id a cross-reference to a model id links to, or null if no block has it.</summary>
    public string? ForModelId(string modelId) => _byModelId.GetValueOrDefault(modelId);

    private void Visit(IEnumerable<Block> blocks, bool withModelIds)
    {
        foreach (var block in blocks)
        {
            if (withModelIds)
            {
                if (block is Heading h) Headings.Add(h);
                if (block is Figure f) Figures.Add(f);
                if (block is Table t) Tables.Add(t);
                if (block.Id is { } id && !_byModelId.ContainsKey(id) && !_byBlock.ContainsKey(block))
                {
                    var html = Unique(Clean(id));
                    _byBlock[block] = html;
                    _byModelId[id] = html;
                }
            }
            else if (!_byBlock.ContainsKey(block))
            {
                var generated = block switch
                {
                    Heading { Number: { } n } h when h.Numbered && n.Trim().Length > 0 => "section-" + Part(n),
                    Heading h => "section-" + Slug(h.PlainText),
                    Figure { Number: { } n } when n.Trim().Length > 0 => "figure-" + Part(n),
                    Figure => "figure",
                    Table { Number: { } n } t when t.Numbered && n.Trim().Length > 0 => "table-" + Part(n),
                    Table => "table",
                    _ => null,
                };
                if (generated is not null) _byBlock[block] = Unique(generated);
            }
            switch (block)
            {
                case Callout c: Visit(c.Content, withModelIds); break;
                case ListBlock l: foreach (var item in l.Items) Visit(item, withModelIds); break;
            }
        }
    }

    /// <summary>Reserves an id for the page's own elements (captions, footnotes), unique across the page.</summary>
    public string Unique(string wanted)
    {
        if (wanted.Length == 0) wanted = "id";
        var id = wanted;
        for (int n = 2; !_used.Add(id); n++) id = wanted + "-" + n;
        return id;
    }

    /// <summary>A number as part of an id: "5.2a" -> "5-2a".</summary>
    private static string Part(string number) =>
        new(number.Trim().Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());

    /// <summary>Letters, digits, '-' and '_' only, starting with a letter.</summary>
    public static string Clean(string id)
    {
        var sb = new StringBuilder();
        foreach (var c in id.Trim())
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        var s = sb.ToString();
        if (s.Length == 0 || !char.IsAsciiLetter(s[0])) s = "id-" + s;
        return s;
    }

    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= 60) break;
        }
        var s = sb.ToString().Trim('-');
        return s.Length == 0 ? "untitled" : s;
    }
}
