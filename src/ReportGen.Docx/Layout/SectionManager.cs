using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Parts;
using ReportGen.Docx.Support;

namespace ReportGen.Docx.Layout;

/// <summary>
/// Splits the body into Word sections: the title page (no header), front matter, one section per chapter
/// (level-1 heading) whose running header carries the chapter title, and landscape sections around wide tables.
/// Every break is "next page" (never odd page, which leaves blank pages), and page numbers simply continue.
/// A section is closed by putting its sectPr on the last paragraph before the break.
/// </summary>
internal sealed class SectionManager
{
    private readonly Body _body;
    private readonly DocxStyle _style;
    private readonly HeaderFactory _headers;
    private string _title;
    private readonly string? _footerId;
    private bool _landscape, _titlePage, _hasContent, _hasNonHeadingContent;
    // Index in the body of the first element of the open section.
    private int _sectionStart;

    /// <param name="footerId">A footer every section points at (the data notice), or null for none.</param>
    public SectionManager(Body body, DocxStyle style, HeaderFactory headers, string frontMatterTitle, string? footerId = null)
    {
        _footerId = footerId;
        _body = body;
        _style = style;
        _headers = headers;
        _title = frontMatterTitle;
        PortraitTextWidthTwips = Units.Twips(style.PageWidthCm - style.MarginLeftCm - style.MarginRightCm);
        LandscapeTextWidthTwips = Units.Twips(style.PageHeightCm - style.MarginLeftCm - style.MarginRightCm);
    }

    public int PortraitTextWidthTwips { get; }
    public int LandscapeTextWidthTwips { get; }

    /// <summary>True while the current section is landscape.</summary>
    public bool IsLandscape => _landscape;

    /// <summary>Text width of the section being written.</summary>
    public int TextWidthTwips => _landscape ? LandscapeTextWidthTwips : PortraitTextWidthTwips;

    /// <summary>Number of sections closed so far (plus one for the open section after <see cref="Finish"/>).</summary>
    public int SectionCount { get; private set; }

    /// <summary>True if nothing has been written to the current section yet.</summary>
    public bool AtSectionStart => !_hasContent;

    /// <summary>The title page gets a section of its own without a running header.</summary>
    public void BeginTitlePage()
    {
        if (_hasContent) Close();
        _titlePage = true;
        _landscape = false;
    }

    /// <summary>Closes the title page; what follows is front matter headed with the document title.</summary>
    public void EndTitlePage()
    {
        Close();
        _titlePage = false;
    }

    /// <summary>A level-1 heading: a new page and a new running header.</summary>
    public void BeginChapter(string title)
    {
        if (_hasContent) Close();
        _title = title;
        _titlePage = false;
        _landscape = false;
    }

    /// <summary>Most paragraphs of introduction that travel with their heading into a landscape section.</summary>
    public const int MaxCarriedIntroParagraphs = 3;

    /// <summary>
    /// Makes sure the next block lands on a page of the wanted orientation. If the current section holds only
    /// headings so far, it simply changes orientation; otherwise it breaks, carrying the trailing heading across so
    /// it stays with the content it introduces. Going into landscape, the heading's short introduction (up to
    /// <see cref="MaxCarriedIntroParagraphs"/> plain paragraphs between the heading and the wide table) goes with it,
    /// so that a landscape section starts with its heading and no heading is left on the portrait page before.
    /// </summary>
    public void EnsureOrientation(bool landscape)
    {
        if (_landscape == landscape) return;
        if (!_hasNonHeadingContent && !_titlePage)
        {
            _landscape = landscape;
            return;
        }

        var carried = landscape ? HeadingWithIntroduction() : [];
        if (carried.Count == 0)
            while (_body.LastChild is Paragraph p && IsHeading(p) && p.ParagraphProperties?.SectionProperties is null)
                carried.Insert(0, p);
        foreach (var e in carried) e.Remove();
        if (_body.ChildElements.Count <= _sectionStart)
        {
            // The section held nothing but what moves: change its orientation instead of leaving an empty page.
            foreach (var e in carried) _body.Append(e);
            _landscape = landscape;
            return;
        }
        Close();
        _titlePage = false;
        _landscape = landscape;
        foreach (var e in carried) _body.Append(e);
        _hasContent = carried.Count > 0;
        _hasNonHeadingContent = carried.Any(e => e is Paragraph p && !IsHeading(p));
    }

    /// <summary>
    /// The last heading of the section and the plain paragraphs after it, when there are no more than
    /// <see cref="MaxCarriedIntroParagraphs"/> of them and none holds a picture, a page break or closes a section;
    /// otherwise none.
    /// </summary>
    private List<OpenXmlElement> HeadingWithIntroduction()
    {
        var run = new List<OpenXmlElement>();
        var node = _body.LastChild;
        var intro = 0;
        while (node is Paragraph p && !IsHeading(p) && p.ParagraphProperties?.SectionProperties is null
               && !p.Descendants<Drawing>().Any() && !p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page)
               && intro < MaxCarriedIntroParagraphs)
        {
            run.Insert(0, p);
            intro++;
            node = node.PreviousSibling();
        }
        var headings = 0;
        while (node is Paragraph h && IsHeading(h) && h.ParagraphProperties?.SectionProperties is null)
        {
            run.Insert(0, h);
            headings++;
            node = node.PreviousSibling();
        }
        return headings > 0 ? run : [];
    }

    /// <summary>Records that a block was written to the current section.</summary>
    public void Wrote(bool isHeading)
    {
        _hasContent = true;
        if (!isHeading) _hasNonHeadingContent = true;
    }

    /// <summary>Adds the final section's properties as the body's last child.</summary>
    public void Finish()
    {
        _body.Append(Properties());
        SectionCount++;
    }

    private void Close()
    {
        var sectPr = Properties();
        if (_body.LastChild is Paragraph last && last.ParagraphProperties?.SectionProperties is null)
        {
            last.ParagraphProperties ??= new ParagraphProperties();
            last.ParagraphProperties.SectionProperties = sectPr;
        }
        else
        {
            // After a table (or nothing) a tiny empty paragraph carries the break, so it cannot push a page over.
            _body.Append(new Paragraph(new ParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
                ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }),
                SectionProperties = sectPr,
            }));
        }
        SectionCount++;
        _hasContent = false;
        _hasNonHeadingContent = false;
        _sectionStart = _body.ChildElements.Count;
    }

    private SectionProperties Properties()
    {
        var sectPr = new SectionProperties();
        if (_titlePage)
        {
            // The first section without a header reference has no header; a later one must point at an empty
            // header, or it would inherit the previous section's.
            if (SectionCount > 0)
                sectPr.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = _headers.Empty() });
        }
        else
        {
            sectPr.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = _headers.For(_title, _landscape, TextWidthTwips) });
        }
        if (_footerId is not null) sectPr.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = _footerId });
        sectPr.Append(new FootnoteProperties(
            new NumberingStart { Val = 1 },
            new NumberingRestart { Val = RestartNumberValues.Continuous }));
        sectPr.Append(new SectionType { Val = SectionMarkValues.NextPage });
        int w = Units.Twips(_style.PageWidthCm), h = Units.Twips(_style.PageHeightCm);
        sectPr.Append(_landscape
            ? new PageSize { Width = (uint)h, Height = (uint)w, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = (uint)w, Height = (uint)h, Orient = PageOrientationValues.Portrait });
        sectPr.Append(new PageMargin
        {
            Top = Units.Twips(_style.MarginTopCm),
            Bottom = Units.Twips(_style.MarginBottomCm),
            Left = (uint)Units.Twips(_style.MarginLeftCm),
            Right = (uint)Units.Twips(_style.MarginRightCm),
            Header = (uint)Units.Twips(_style.HeaderDistanceCm),
            Footer = (uint)Units.Twips(_style.FooterDistanceCm),
            Gutter = 0,
        });
        sectPr.Append(new Columns { Space = "708" });
        sectPr.Append(new DocGrid { LinePitch = 360 });
        return sectPr;
    }

    private static bool IsHeading(Paragraph p) =>
        p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } id && id.StartsWith("Heading", StringComparison.Ordinal);
}
