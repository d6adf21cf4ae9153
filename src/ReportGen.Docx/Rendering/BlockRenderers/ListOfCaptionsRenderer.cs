using ReportGen.Documents;

namespace ReportGen.Docx.Rendering.BlockRenderers;

/// <summary>List of figures or tables, built like the contents list from the numbered captions.</summary>
internal sealed class ListOfCaptionsRenderer : BlockRenderer<ListOfCaptions>
{
    protected override void Render(ListOfCaptions block, BlockScope scope, RenderContext context)
    {
        scope.Container.Append(context.Paragraph(DocxStyleIds.TocHeading, Inlines.Text(block.Title), bookmark: context.TakeBookmark(block)));
        if (block.Kind == CaptionKind.Figure)
        {
            foreach (var figure in context.Index.Figures)
                Add(scope, context, figure, CaptionLabel.Figure(figure));
        }
        else
        {
            foreach (var table in context.Index.Tables)
                if (table.Numbered) Add(scope, context, table, CaptionLabel.Table(table));
        }
    }

    private static void Add(BlockScope scope, RenderContext context, Block target, string label)
    {
        var bookmark = context.Index.BookmarkFor(target);
        if (bookmark is null || label.Length == 0) return;
        scope.Container.Append(TableOfContentsRenderer.Entry(DocxStyleIds.TableOfFigures, label, bookmark));
    }
}
