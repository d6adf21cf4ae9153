using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;
using ReportGen.Documents;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Docx.Rendering.BlockRenderers;

/// <summary>
/// Headings in the built-in Heading1-4 styles (outline levels drive the navigation pane and the PDF outline),
/// with the resolved number as plain text in front and a _Toc bookmark for the contents list. Page and
/// section breaks for level 1 are the writer's job.
/// </summary>
internal sealed class HeadingRenderer : BlockRenderer<Heading>
{
    /// <summary>"5.2.1 Title" as shown in the heading and the contents list.</summary>
    public static string Label(Heading heading) => CaptionLabels.Heading(heading);

    protected override void Render(Heading block, BlockScope scope, RenderContext context)
    {
        var p = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.Heading(block.Level) } });
        if (block.Numbered && !string.IsNullOrWhiteSpace(block.Number))
            p.Append(Texts.Run(block.Number.Trim() + " "));
        p.Append(context.RenderInlines(block.Content, context.BodyInlines));
        context.AddBookmark(p, context.TakeBookmark(block));
        scope.Container.Append(p);
    }
}
