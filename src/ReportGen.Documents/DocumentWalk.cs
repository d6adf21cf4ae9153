namespace ReportGen.Documents;

/// <summary>
/// The one generic walk over the document model. Containers (call-out boxes, lists) are opened here and nowhere
/// else, so numbering, indexing, the manifest, the pack and chart rendering all see blocks at any depth
/// (a chart inside a <c>:::note</c> box included).
/// </summary>
public static class DocumentWalk
{
    /// <summary>The blocks directly inside <paramref name="block"/> (none for a leaf).</summary>
    public static IEnumerable<Block> Children(Block block) => block switch
    {
        Callout c => c.Content,
        ListBlock l => l.Items.SelectMany(item => item),
        _ => [],
    };

    /// <summary>Every block in reading order: each block, then the blocks inside it.</summary>
    public static IEnumerable<Block> Walk(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            foreach (var inner in Walk(Children(block))) yield return inner;
        }
    }

    /// <summary>Every block of the document in reading order.</summary>
    public static IEnumerable<Block> Walk(ReportDocument document) => Walk(document.Blocks);

    /// <summary>
    /// A copy with <paramref name="map"/> applied to every block in reading order: a block is mapped first, then the
    /// blocks inside what it became. Blocks the map returns unchanged are kept as they are.
    /// </summary>
    public static IReadOnlyList<Block> Rewrite(IEnumerable<Block> blocks, Func<Block, Block> map) =>
        blocks.Select(b => RewriteOne(b, map)).ToList();

    private static Block RewriteOne(Block block, Func<Block, Block> map) => map(block) switch
    {
        Callout c => c with { Content = Rewrite(c.Content, map) },
        ListBlock l => l with { Items = l.Items.Select(item => Rewrite(item, map)).ToList() },
        var other => other,
    };

    /// <summary>The document with <paramref name="map"/> applied to every block (see <see cref="Rewrite(IEnumerable{Block}, Func{Block, Block})"/>).</summary>
    public static ReportDocument Rewrite(ReportDocument document, Func<Block, Block> map) =>
        document with { Blocks = Rewrite(document.Blocks, map) };
}
