using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;
using ReportGen.Documents;
using FootnoteRef = ReportGen.Documents.FootnoteReference;

namespace ReportGen.Docx.Rendering.InlineRenderers;

/// <summary>
/// A real Word footnote: the note goes to footnotes.xml and a superscript reference mark stays in the text.
/// Where footnotes are not possible (inside a footnote, in a header) the note is kept in brackets instead.
/// </summary>
internal sealed class FootnoteReferenceRenderer : InlineRenderer<FootnoteRef>
{
    protected override IEnumerable<OpenXmlElement> Render(FootnoteRef inline, InlineScope scope, RenderContext context)
    {
        if (!scope.FootnotesAllowed)
        {
            var inlineNote = new List<OpenXmlElement> { Texts.Run(" (") };
            inlineNote.AddRange(context.RenderInlines(inline.Note, scope));
            inlineNote.Add(Texts.Run(")"));
            return inlineNote;
        }
        long id = context.Footnotes.Add(inline.Note, context);
        return [new Run(new RunProperties(new RunStyle { Val = DocxStyleIds.FootnoteReference }), new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = id })];
    }
}
