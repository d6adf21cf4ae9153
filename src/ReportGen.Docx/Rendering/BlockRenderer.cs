using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>Typed base for block renderers: does the cast once so each renderer works with its own type.</summary>
internal abstract class BlockRenderer<T> : IBlockRenderer where T : Block
{
    public Type BlockType => typeof(T);

    public void Render(Block block, BlockScope scope, RenderContext context) => Render((T)block, scope, context);

    protected abstract void Render(T block, BlockScope scope, RenderContext context);
}
