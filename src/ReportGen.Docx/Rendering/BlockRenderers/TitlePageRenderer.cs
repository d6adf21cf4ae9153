using ReportGen.Documents;

namespace ReportGen.Docx.Rendering.BlockRenderers;

/// <summary>
/// The cover: title, subtitle, date line and extra lines. The writer gives it a section of its own with no
/// running header.
/// </summary>
internal sealed class TitlePageRenderer : BlockRenderer<TitlePage>
{
    protected override void Render(TitlePage block, BlockScope scope, RenderContext context)
    {
        scope.Container.Append(context.Paragraph(DocxStyleIds.Title, Inlines.Text(block.Title), bookmark: context.TakeBookmark(block)));
        if (!string.IsNullOrWhiteSpace(block.Subtitle))
            scope.Container.Append(context.Paragraph(DocxStyleIds.Subtitle, Inlines.Text(block.Subtitle)));
        if (!string.IsNullOrWhiteSpace(block.DateLine))
            scope.Container.Append(context.Paragraph(DocxStyleIds.Date, Inlines.Text(block.DateLine)));
        foreach (var line in block.ExtraLines)
            scope.Container.Append(context.Paragraph(DocxStyleIds.Normal, Inlines.Text(line)));
        // A warning the reader must not miss (illustrative data) sits on the cover in a box of its own.
        if (context.Document.Properties.DataNotice is { Length: > 0 } notice)
            scope.Container.Append(Parts.NoticeFooter.Paragraph(notice, DocxStyleIds.CalloutBox, topRule: false));
    }
}
