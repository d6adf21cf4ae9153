using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;
using ReportGen.Documents;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Hyperlink = DocumentFormat.OpenXml.Wordprocessing.Hyperlink;

namespace ReportGen.Docx.Rendering.BlockRenderers;

/// <summary>
/// The contents list, written out entry by entry rather than as a Word TOC field (LibreOffice leaves TOC fields
/// empty on conversion). Each entry is a TOC1-3 paragraph linking to the heading's bookmark, with a dot-leader
/// tab and a PAGEREF field that both Word and LibreOffice fill with the real page number.
/// </summary>
internal sealed class TableOfContentsRenderer : BlockRenderer<TableOfContents>
{
    protected override void Render(TableOfContents block, BlockScope scope, RenderContext context)
    {
        scope.Container.Append(context.Paragraph(DocxStyleIds.TocHeading, Inlines.Text(block.Title), bookmark: context.TakeBookmark(block)));
        foreach (var heading in context.Index.Headings)
        {
            if (!heading.InContents || heading.Level is < 1 or > 3) continue;
            var bookmark = context.Index.BookmarkFor(heading);
            if (bookmark is null) continue;
            scope.Container.Append(Entry(DocxStyleIds.Toc(heading.Level), HeadingRenderer.Label(heading), bookmark));
        }
    }

    /// <summary>One linked entry: text, right-aligned dot-leader tab, page number field.</summary>
    public static Paragraph Entry(string styleId, string text, string bookmark)
    {
        var link = new Hyperlink { Anchor = bookmark, History = true };
        link.Append(Texts.Run(text));
        link.Append(new Run(new TabChar()));
        link.Append(FieldRuns.Complex($"PAGEREF {bookmark} \\h", "1"));
        return new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } }, link);
    }
}
