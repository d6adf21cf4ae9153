using ReportGen.Docx.Rendering.BlockRenderers;
using ReportGen.Docx.Rendering.InlineRenderers;
using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>
/// Maps each block and inline type of the model to its renderer. Lookup is by exact type: a new model type
/// without a renderer fails loudly (and the registry test catches it before that).
/// </summary>
internal sealed class RendererRegistry
{
    private readonly Dictionary<Type, IBlockRenderer> _blocks = [];
    private readonly Dictionary<Type, IInlineRenderer> _inlines = [];

    /// <summary>The registry with every built-in renderer.</summary>
    public static RendererRegistry CreateDefault()
    {
        var r = new RendererRegistry();
        r.Register(new TitlePageRenderer());
        r.Register(new TableOfContentsRenderer());
        r.Register(new ListOfCaptionsRenderer());
        r.Register(new HeadingRenderer());
        r.Register(new ParagraphRenderer());
        r.Register(new ListBlockRenderer());
        r.Register(new FigureRenderer());
        r.Register(new TableRenderer());
        r.Register(new CalloutRenderer());
        r.Register(new PageBreakRenderer());

        r.Register(new TextRunRenderer());
        r.Register(new HyperlinkRenderer());
        r.Register(new CrossReferenceRenderer());
        r.Register(new FootnoteReferenceRenderer());
        r.Register(new LineBreakRenderer());
        return r;
    }

    public void Register(IBlockRenderer renderer) => _blocks[renderer.BlockType] = renderer;

    public void Register(IInlineRenderer renderer) => _inlines[renderer.InlineType] = renderer;

    public IReadOnlyCollection<Type> BlockTypes => _blocks.Keys;

    public IReadOnlyCollection<Type> InlineTypes => _inlines.Keys;

    public IBlockRenderer For(Block block) =>
        _blocks.TryGetValue(block.GetType(), out var r) ? r
            : throw new NotSupportedException($"The Word writer has no renderer for block type {block.GetType().Name}{At(block)}.");

    public IInlineRenderer For(Inline inline) =>
        _inlines.TryGetValue(inline.GetType(), out var r) ? r
            : throw new NotSupportedException($"The Word writer has no renderer for inline type {inline.GetType().Name}.");

    private static string At(Block b) => b.Origin is null ? "" : $" ({b.Origin})";
}
