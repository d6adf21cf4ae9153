using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using Hyperlink = DocumentFormat.OpenXml.Wordprocessing.Hyperlink;

namespace ReportGen.Docx.Rendering.InlineRenderers;

/// <summary>
/// "Figure 5.2a", "section 5.7.4": the resolved text (or the template's own words) as an internal link to the
/// target block's bookmark. An unknown target is written as plain text rather than as a broken link.
/// </summary>
internal sealed class CrossReferenceRenderer : InlineRenderer<CrossReference>
{
    protected override IEnumerable<OpenXmlElement> Render(CrossReference inline, InlineScope scope, RenderContext context)
    {
        IReadOnlyList<Inline> content = inline.CustomText is { Count: > 0 } custom
            ? custom
            : Inlines.Text(inline.ResolvedText ?? inline.TargetId);
        var bookmark = context.Index.BookmarkForId(inline.TargetId);
        if (bookmark is null || scope.InsideLink) return context.RenderInlines(content, scope).ToList();

        var link = new Hyperlink { Anchor = bookmark, History = true };
        link.Append(context.RenderInlines(content, scope with { InsideLink = true, CharacterStyle = DocxStyleIds.Hyperlink }));
        return [link];
    }
}
