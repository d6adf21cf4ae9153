using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Layout;
using ReportGen.Docx.Parts;
using ReportGen.Docx.Support;
using ReportGen.Documents;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Docx.Rendering;

/// <summary>
/// Everything renderers share while one document is written: the package parts, the bookmark index from the
/// first pass, counters for ids that must be unique, and the stores for footnotes, images and list numbering.
/// One instance per document; not thread-safe.
/// </summary>
internal sealed class RenderContext
{
    private readonly HashSet<string> _emittedBookmarks = new(StringComparer.Ordinal);
    private readonly Dictionary<(OpenXmlPart, string), string> _links = [];
    private int _bookmarkId;
    private uint _drawingId;
    private int _linkCounter;

    public RenderContext(ReportDocument document, DocxStyle style, MainDocumentPart main, RendererRegistry registry)
    {
        Document = document;
        Style = style;
        Main = main;
        Registry = registry;
        Index = new DocumentIndex(document.Blocks);
        Footnotes = new FootnoteStore(main);
        Images = new ImageStore(main);
        Numbering = new NumberingBuilder();
        Headers = new HeaderFactory(main, style, Index.HasContents);
    }

    public ReportDocument Document { get; }
    public DocxStyle Style { get; }
    public MainDocumentPart Main { get; }
    public RendererRegistry Registry { get; }
    public DocumentIndex Index { get; }
    public FootnoteStore Footnotes { get; }
    public ImageStore Images { get; }
    public NumberingBuilder Numbering { get; }
    public HeaderFactory Headers { get; }

    /// <summary>Set by the writer once the body exists; gives the current text width (portrait or landscape).</summary>
    public SectionManager Sections { get; set; } = null!;

    /// <summary>Width available for text on the current page, in twips.</summary>
    public int TextWidthTwips => Sections.TextWidthTwips;

    /// <summary>Inline scope for body text.</summary>
    public InlineScope BodyInlines => new(Main);

    public int NextBookmarkId() => ++_bookmarkId;

    public uint NextDrawingId() => ++_drawingId;

    /// <summary>
    /// The block's bookmark name the first time it is rendered, null afterwards (or if it has none), so a
    /// block instance that appears twice never produces a duplicate bookmark.
    /// </summary>
    public string? TakeBookmark(Block block)
    {
        var name = Index.BookmarkFor(block);
        return name is not null && _emittedBookmarks.Add(name) ? name : null;
    }

    /// <summary>Wraps a paragraph's content (after its properties) in a bookmark.</summary>
    public void AddBookmark(Paragraph paragraph, string? name)
    {
        if (name is null) return;
        var id = NextBookmarkId().ToString();
        var start = new BookmarkStart { Name = name, Id = id };
        if (paragraph.ParagraphProperties is { } ppr) ppr.InsertAfterSelf(start);
        else paragraph.PrependChild(start);
        paragraph.Append(new BookmarkEnd { Id = id });
    }

    /// <summary>Renders a block through the registry, and marks what it wrote with the block's element key, if any.</summary>
    public void RenderBlock(Block block, BlockScope scope)
    {
        int before = scope.Container.ChildElements.Count;
        Registry.For(block).Render(block, scope, this);
        MarkElement(block.ElementKey, scope.Container.ChildElements.Skip(before));
    }

    private readonly Dictionary<string, int> _markParts = new(StringComparer.Ordinal);

    /// <summary>Copies an element key into the file: a hidden bookmark on each paragraph and table not yet marked.</summary>
    public void MarkElement(string? key, IEnumerable<OpenXmlElement> written)
    {
        if (key is null) return;
        var hash = Refresh.ElementMarks.KeyHash(key);
        foreach (var element in written.ToList())
        {
            if (element is not (DocumentFormat.OpenXml.Wordprocessing.Paragraph or DocumentFormat.OpenXml.Wordprocessing.Table) || Refresh.ElementMarks.IsMarked(element)) continue;
            int part = _markParts.GetValueOrDefault(hash);
            _markParts[hash] = part + 1;
            var name = Refresh.ElementMarks.Name(hash, part, Refresh.ElementMarks.Fingerprint(element, Main));
            Refresh.ElementMarks.Mark(element, name, NextBookmarkId());
        }
    }

    /// <summary>Renders inlines through the registry.</summary>
    public IEnumerable<OpenXmlElement> RenderInlines(IEnumerable<Inline> inlines, InlineScope scope)
    {
        foreach (var inline in inlines)
            foreach (var element in Registry.For(inline).Render(inline, scope, this))
                yield return element;
    }

    /// <summary>A paragraph with a style, optional bookmark and rendered inline content.</summary>
    public Paragraph Paragraph(string styleId, IEnumerable<Inline> content, InlineScope? scope = null, string? bookmark = null)
    {
        var p = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });
        p.Append(RenderInlines(content, scope ?? BodyInlines));
        AddBookmark(p, bookmark);
        return p;
    }

    /// <summary>
    /// The relationship id for an external link from the given part (one relationship per URL and part), or
    /// null when the URL cannot be a link target.
    /// </summary>
    public string? HyperlinkRelationship(OpenXmlPart part, string url)
    {
        url = url.Trim();
        if (_links.TryGetValue((part, url), out var id)) return id;
        if (url.Length == 0 || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        id = "rIdLink" + (++_linkCounter);
        part.AddHyperlinkRelationship(uri, true, id);
        _links[(part, url)] = id;
        return id;
    }
}
