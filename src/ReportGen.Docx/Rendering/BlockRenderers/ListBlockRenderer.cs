using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Parts;
using ReportGen.Documents;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Paragraph = ReportGen.Documents.Paragraph;

namespace ReportGen.Docx.Rendering.BlockRenderers;

/// <summary>
/// Bulleted and numbered lists through numbering.xml (never typed bullet characters). An item's first paragraph
/// carries the bullet; further paragraphs in the item are indented to match; nested lists go one level deeper.
/// Inside a call-out the items keep the box style so the box stays continuous.
/// </summary>
internal sealed class ListBlockRenderer : BlockRenderer<ListBlock>
{
    protected override void Render(ListBlock block, BlockScope scope, RenderContext context)
    {
        string? bookmark = context.TakeBookmark(block);
        RenderList(block, 0, scope, context, ref bookmark);
    }

    private static void RenderList(ListBlock list, int level, BlockScope scope, RenderContext context, ref string? bookmark)
    {
        int numId = list.Ordered ? context.Numbering.NewOrderedList()
            : scope.BoxStyle is not null ? context.Numbering.BoxBulletNumId
            : context.Numbering.BulletNumId;
        foreach (var item in list.Items)
        {
            bool first = true;
            foreach (var block in item)
            {
                switch (block)
                {
                    case Paragraph para:
                        var p = context.Paragraph(scope.BoxStyle ?? DocxStyleIds.ListParagraph, para.Content,
                            bookmark: context.TakeBookmark(para) ?? bookmark);
                        bookmark = null;
                        Number(p.ParagraphProperties!, scope, level, first ? numId : null);
                        scope.Container.Append(p);
                        context.MarkElement(para.ElementKey, [p]);
                        break;
                    case ListBlock nested:
                        string? nestedBookmark = context.TakeBookmark(nested);
                        RenderList(nested, Math.Min(level + 1, NumberingBuilder.MaxLevel), scope, context, ref nestedBookmark);
                        break;
                    default:
                        context.RenderBlock(block, scope);
                        break;
                }
                first = false;
            }
        }
    }

    /// <summary>
    /// Numbering and indents: a bulleted first paragraph, or an indented continuation paragraph. Inside a box
    /// every line starts at the box's own indent (the bullet hangs back to it), because Word and LibreOffice
    /// both split a bordered group wherever the leftmost text position changes.
    /// </summary>
    private static void Number(ParagraphProperties ppr, BlockScope scope, int level, int? numId)
    {
        bool boxed = scope.BoxStyle is not null;
        int box = boxed ? StylesBuilder.BoxIndentTwips : 0;
        int left = NumberingBuilder.LeftIndent(level) + box;
        if (numId is not null)
        {
            ppr.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId.Value });
            int hanging = boxed ? left - box : NumberingBuilder.LevelIndent;
            ppr.Indentation = new Indentation { Left = left.ToString(), Hanging = hanging.ToString() };
        }
        else
        {
            // A continuation paragraph lines up with the item text; in a box it stays at the box indent.
            ppr.Indentation = new Indentation { Left = (boxed ? box : left).ToString() };
        }
    }
}
