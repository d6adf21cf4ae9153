using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using PageBreakBlock = ReportGen.Documents.PageBreak;

namespace ReportGen.Docx.Rendering.BlockRenderers;

/// <summary>A manual page break. The writer drops it where a section break already starts a new page.</summary>
internal sealed class PageBreakRenderer : BlockRenderer<PageBreakBlock>
{
    protected override void Render(PageBreakBlock block, BlockScope scope, RenderContext context)
    {
        var p = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }),
            new Run(new Break { Type = BreakValues.Page }));
        context.AddBookmark(p, context.TakeBookmark(block));
        scope.Container.Append(p);
    }
}
