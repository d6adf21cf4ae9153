using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;

namespace ReportGen.Docx.Parts;

/// <summary>
/// Running headers: "&lt;section title&gt; [tab] Back to Contents | &lt;page&gt;", one header part per distinct
/// title and orientation (the right-aligned tab sits at the text width, which differs in landscape).
/// </summary>
internal sealed class HeaderFactory(MainDocumentPart main, DocxStyle style, bool linkToContents)
{
    private readonly Dictionary<(string Title, bool Landscape), string> _parts = [];
    private string? _emptyId;

    public int Count => _parts.Count + (_emptyId is null ? 0 : 1);

    /// <summary>Relationship id of the header for a section title and orientation.</summary>
    public string For(string title, bool landscape, int textWidthTwips)
    {
        if (_parts.TryGetValue((title, landscape), out var id)) return id;
        id = "rIdHdr" + (Count + 1);
        var part = main.AddNewPart<HeaderPart>(id);
        part.Header = new Header(Build(title, textWidthTwips));
        _parts[(title, landscape)] = id;
        return id;
    }

    /// <summary>An empty header, for a title page that is not the first section.</summary>
    public string Empty()
    {
        if (_emptyId is not null) return _emptyId;
        _emptyId = "rIdHdr" + (Count + 1);
        var part = main.AddNewPart<HeaderPart>(_emptyId);
        part.Header = new Header(new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));
        return _emptyId;
    }

    private Paragraph Build(string title, int textWidthTwips)
    {
        var p = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.Header },
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidthTwips }),
        });
        p.Append(Texts.Run(title));
        p.Append(new Run(new TabChar()));
        if (linkToContents)
        {
            p.Append(new Hyperlink(Texts.Run(style.BackToContentsText, Texts.Props(DocxStyleIds.Hyperlink)))
            {
                Anchor = DocumentIndex.ContentsBookmark,
                History = true,
            });
            p.Append(Texts.Run(" | "));
        }
        p.Append(FieldRuns.Complex("PAGE", "1"));
        return p;
    }
}
