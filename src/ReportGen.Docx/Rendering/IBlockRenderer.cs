using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>Translates one block type of the document model into WordprocessingML.</summary>
internal interface IBlockRenderer
{
    /// <summary>The model type this renderer handles (exact type, not subclasses).</summary>
    Type BlockType { get; }

    /// <summary>Appends the block's Word elements to the scope's container.</summary>
    void Render(Block block, BlockScope scope, RenderContext context);
}
