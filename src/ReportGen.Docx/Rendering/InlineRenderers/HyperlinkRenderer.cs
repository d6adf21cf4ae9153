using DocumentFormat.OpenXml;
using ReportGen.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Rendering.InlineRenderers;

/// <summary>
/// An external link: a relationship on the part being written (body, footnotes) and a w:hyperlink in the
/// Hyperlink character style. Links cannot nest, so a link inside a link keeps only its text.
/// </summary>
internal sealed class HyperlinkRenderer : InlineRenderer<Hyperlink>
{
    protected override IEnumerable<OpenXmlElement> Render(Hyperlink inline, InlineScope scope, RenderContext context)
    {
        IReadOnlyList<Inline> content = inline.Content.Count > 0 ? inline.Content : Inlines.Text(inline.Url);
        var id = scope.InsideLink ? null : context.HyperlinkRelationship(scope.Part, inline.Url);
        if (id is null) return context.RenderInlines(content, scope).ToList();

        var link = new W.Hyperlink { Id = id, History = true };
        link.Append(context.RenderInlines(content, scope with { InsideLink = true, CharacterStyle = DocxStyleIds.Hyperlink }));
        return [link];
    }
}
