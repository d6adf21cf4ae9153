using ReportGen.Documents;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Docx.Rendering.BlockRenderers;

/// <summary>Body, lead and source-note paragraphs; inside a call-out they take the box style.</summary>
internal sealed class ParagraphRenderer : BlockRenderer<Paragraph>
{
    public static string StyleFor(ParagraphStyle style) => style switch
    {
        ParagraphStyle.Lead => DocxStyleIds.Lead,
        ParagraphStyle.SourceNote => DocxStyleIds.SourceNote,
        _ => DocxStyleIds.Normal,
    };

    protected override void Render(Paragraph block, BlockScope scope, RenderContext context)
    {
        WParagraph p = context.Paragraph(scope.BoxStyle ?? StyleFor(block.Style), block.Content, bookmark: context.TakeBookmark(block));
        scope.Container.Append(p);
    }
}
