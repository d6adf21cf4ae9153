using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Rendering;
using ReportGen.Documents;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Docx.Parts;

/// <summary>
/// Collects footnotes into footnotes.xml: the separator (id -1) and continuation separator (id 0) Word expects,
/// then one footnote per reference numbered from 1.
/// </summary>
internal sealed class FootnoteStore
{
    private readonly Footnotes _root;
    private long _nextId = 1;

    public FootnoteStore(MainDocumentPart main)
    {
        Part = main.AddNewPart<FootnotesPart>("rIdFootnotes");
        _root = new Footnotes(
            Separator(FootnoteEndnoteValues.Separator, -1, new SeparatorMark()),
            Separator(FootnoteEndnoteValues.ContinuationSeparator, 0, new ContinuationSeparatorMark()));
    }

    public FootnotesPart Part { get; }

    /// <summary>Adds a footnote and returns its id for the reference in the text.</summary>
    public long Add(IReadOnlyList<Inline> note, RenderContext context)
    {
        long id = _nextId++;
        var p = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.FootnoteText } },
            new Run(new RunProperties(new RunStyle { Val = DocxStyleIds.FootnoteReference }), new FootnoteReferenceMark()),
            Support.Texts.Run(" "));
        p.Append(context.RenderInlines(note, new InlineScope(Part) { FootnotesAllowed = false }));
        _root.Append(new Footnote(p) { Id = id });
        return id;
    }

    public void Save() => Part.Footnotes = _root;

    private static Footnote Separator(FootnoteEndnoteValues type, long id, DocumentFormat.OpenXml.OpenXmlElement mark) =>
        new(new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new Run(mark)))
        { Type = type, Id = id };
}
