using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Docx.Rendering.BlockRenderers;

/// <summary>
/// A call-out ("Key Insights and Priorities", "Key National Figure", notes) as a shaded box made of consecutive
/// paragraphs sharing one border and shading style, so Word and LibreOffice draw a single box around them.
/// It is deliberately not a one-cell layout table, which screen readers would announce as data.
/// </summary>
internal sealed class CalloutRenderer : BlockRenderer<Callout>
{
    private static readonly HashSet<string> BoxStyles =
        [DocxStyleIds.KeyInsightsBox, DocxStyleIds.KeyInsightsTitle, DocxStyleIds.CalloutBox, DocxStyleIds.CalloutTitle];

    protected override void Render(Callout block, BlockScope scope, RenderContext context)
    {
        var container = scope.Container;
        // Two boxes in a row would fuse into one; a small plain paragraph keeps them apart.
        if (container.LastChild is WParagraph last && BoxStyles.Contains(last.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? ""))
            container.Append(new WParagraph(new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact })));

        string titleStyle = block.Kind == CalloutKind.KeyInsights ? DocxStyleIds.KeyInsightsTitle : DocxStyleIds.CalloutTitle;
        string? bookmark = context.TakeBookmark(block);
        int start = container.ChildElements.Count;
        if (block.Title.Count > 0)
        {
            container.Append(context.Paragraph(titleStyle, block.Title, bookmark: bookmark));
            bookmark = null;
        }

        var inner = scope with { Callout = block.Kind };
        foreach (var child in block.Content) context.RenderBlock(child, inner);

        if (bookmark is not null && container.ChildElements.Skip(start).OfType<WParagraph>().FirstOrDefault() is { } first)
            context.AddBookmark(first, bookmark);
    }
}
