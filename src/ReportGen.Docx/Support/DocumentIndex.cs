using ReportGen.Documents;

namespace ReportGen.Docx.Support;

/// <summary>
/// A first pass over the model, before anything is written: gives every heading, numbered caption and block
/// with an Id its bookmark name, so the contents list and cross-references can point forwards in the document.
/// Blocks are keyed by reference because records compare by value and two headings may read the same.
/// </summary>
internal sealed class DocumentIndex
{
    /// <summary>Bookmark on the contents title; every running header links to it.</summary>
    public const string ContentsBookmark = "_Contents";

    private readonly BookmarkNames _names = new();
    private readonly Dictionary<Block, string> _byBlock = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);
    private int _headingCounter, _figureCounter, _tableCounter, _otherCounter;

    public DocumentIndex(IEnumerable<Block> blocks) => Visit(blocks);

    /// <summary>Headings in reading order (all levels).</summary>
    public List<Heading> Headings { get; } = [];

    /// <summary>Figures in reading order.</summary>
    public List<Figure> Figures { get; } = [];

    /// <summary>Tables in reading order.</summary>
    public List<Table> Tables { get; } = [];

    /// <summary>True if the document has a contents list (the running header then links to it).</summary>
    public bool HasContents { get; private set; }

    /// <summary>The bookmark name for a block, or null if it needs none.</summary>
    public string? BookmarkFor(Block block) => _byBlock.GetValueOrDefault(block);

    /// <summary>The bookmark a cross-reference to this id should jump to, or null if no block has the id.</summary>
    public string? BookmarkForId(string id) => _byId.GetValueOrDefault(id);

    private void Visit(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    Headings.Add(h);
                    Assign(h, "_Toc_", h.Id ?? (++_headingCounter).ToString());
                    break;
                case Figure f:
                    Figures.Add(f);
                    Assign(f, "_Fig_", f.Id ?? f.Number ?? (++_figureCounter).ToString());
                    break;
                case Table t:
                    Tables.Add(t);
                    Assign(t, "_Tab_", t.Id ?? t.Number ?? (++_tableCounter).ToString());
                    break;
                case TableOfContents toc when !HasContents:
                    HasContents = true;
                    _names.Reserve(ContentsBookmark, "");
                    _byBlock[toc] = ContentsBookmark;
                    if (toc.Id is not null) _byId.TryAdd(toc.Id, ContentsBookmark);
                    break;
                case Callout c:
                    AssignIfId(c);
                    Visit(c.Content);
                    break;
                case ListBlock l:
                    AssignIfId(l);
                    foreach (var item in l.Items) Visit(item);
                    break;
                default:
                    AssignIfId(block);
                    break;
            }
        }
    }

    private void AssignIfId(Block block)
    {
        if (block.Id is not null) Assign(block, "_Ref_", block.Id);
    }

    private void Assign(Block block, string prefix, string stem)
    {
        if (_byBlock.ContainsKey(block)) return; // the same instance reused twice gets one bookmark
        var stemText = BookmarkNames.Sanitize(stem);
        if (stemText.Length == 0) stemText = (++_otherCounter).ToString();
        var name = _names.Reserve(prefix, stemText);
        _byBlock[block] = name;
        if (block.Id is not null) _byId.TryAdd(block.Id, name);
    }
}
