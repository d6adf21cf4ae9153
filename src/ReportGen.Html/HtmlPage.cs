using System.Globalization;
using System.Text;
using ReportGen.Documents;

namespace ReportGen.Html;

/// <summary>One document rendered as one page. Not reusable: it collects footnotes and pictures as it goes.</summary>
internal sealed class HtmlPage
{
    private readonly ReportDocument _document;
    private readonly HtmlIds _ids;
    private readonly StringBuilder _out = new();
    private readonly List<(int Number, IReadOnlyList<Inline> Note)> _footnotes = [];
    private readonly HashSet<Block> _rendered = new(ReferenceEqualityComparer.Instance);
    private int _svgCount;

    public HtmlPage(ReportDocument document)
    {
        _document = document;
        _ids = new HtmlIds(document.Blocks);
    }

    /// <summary>Pictures without an SVG rendition, written beside the page.</summary>
    public List<(string Name, byte[] Png)> Pictures { get; } = [];

    private string Language => string.IsNullOrWhiteSpace(_document.Properties.Language) ? "en-GB" : _document.Properties.Language.Trim();

    public string Render()
    {
        var p = _document.Properties;
        var title = string.IsNullOrWhiteSpace(p.Title) ? "Report" : p.Title.Trim();
        _out.Append("<!DOCTYPE html>\n");
        _out.Append("<html lang=\"").Append(Html.Attribute(Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        _out.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        _out.Append("<title>").Append(Html.Text(title)).Append("</title>\n");
        if (!string.IsNullOrWhiteSpace(p.Description))
            _out.Append("<meta name=\"description\" content=\"").Append(Html.Attribute(p.Description)).Append("\">\n");
        if (!string.IsNullOrWhiteSpace(p.Author))
            _out.Append("<meta name=\"author\" content=\"").Append(Html.Attribute(p.Author)).Append("\">\n");
        if (p.Keywords.Count > 0)
            _out.Append("<meta name=\"keywords\" content=\"").Append(Html.Attribute(string.Join(", ", p.Keywords))).Append("\">\n");
        _out.Append("<link rel=\"stylesheet\" href=\"").Append(HtmlWriter.StyleSheetName).Append("\">\n</head>\n<body>\n");
        _out.Append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n");

        if (!string.IsNullOrWhiteSpace(p.DataNotice))
        {
            // The same words as the Word edition, at the top of the screen and at the foot of every printed page.
            _out.Append("<header class=\"page-header\">\n<div class=\"data-notice\" id=\"data-notice\" role=\"note\" aria-label=\"About the data\">\n<p>")
                .Append(Html.Text(p.DataNotice.Trim())).Append("</p>\n</div>\n</header>\n");
        }

        _out.Append("<main id=\"main\" tabindex=\"-1\">\n");
        foreach (var block in _document.Blocks) RenderBlock(block, inCallout: false);
        RenderFootnotes();
        _out.Append("</main>\n");
        if (!string.IsNullOrWhiteSpace(p.DataNotice))
            _out.Append("<footer class=\"print-footer\" aria-hidden=\"true\"><p>").Append(Html.Text(p.DataNotice.Trim())).Append("</p></footer>\n");
        _out.Append("</body>\n</html>\n");
        return _out.ToString();
    }

    // ---- blocks -------------------------------------------------------------------------------

    private void RenderBlock(Block block, bool inCallout)
    {
        // A block instance used twice in the model keeps its id only the first time (ids must be unique).
        var id = _rendered.Add(block) ? _ids.For(block) : null;
        switch (block)
        {
            case TitlePage t: TitlePage(t, id); break;
            case Heading h: Heading(h, id); break;
            case Paragraph para: Paragraph(para, id, inCallout); break;
            case ListBlock l: List(l, id, inCallout); break;
            case Figure f: Figure(f, id); break;
            case Table t: Table(t, id); break;
            case Callout c: Callout(c, id); break;
            case TableOfContents toc: Contents(toc, id); break;
            case ListOfCaptions loc: CaptionList(loc, id); break;
            case PageBreak: break; // the print stylesheet starts each chapter on a new page
            default: throw new NotSupportedException($"The HTML writer has no rendering for {block.GetType().Name}.");
        }
    }

    private static string IdAttr(string? id) => id is null ? "" : $" id=\"{Html.Attribute(id)}\"";

    private void TitlePage(TitlePage t, string? id)
    {
        _out.Append("<div class=\"cover\"").Append(IdAttr(id)).Append(">\n");
        _out.Append("<p class=\"doc-title\">").Append(Html.Text(t.Title)).Append("</p>\n");
        if (!string.IsNullOrWhiteSpace(t.Subtitle)) _out.Append("<p class=\"doc-subtitle\">").Append(Html.Text(t.Subtitle)).Append("</p>\n");
        if (!string.IsNullOrWhiteSpace(t.DateLine)) _out.Append("<p class=\"doc-date\">").Append(Html.Text(t.DateLine)).Append("</p>\n");
        foreach (var line in t.ExtraLines) _out.Append("<p>").Append(Html.Text(line)).Append("</p>\n");
        _out.Append("</div>\n");
    }

    private void Heading(Heading h, string? id)
    {
        int level = Math.Clamp(h.Level, 1, 6);
        _out.Append("<h").Append(level).Append(IdAttr(id)).Append('>');
        if (h.Numbered && !string.IsNullOrWhiteSpace(h.Number))
            _out.Append("<span class=\"heading-number\">").Append(Html.Text(h.Number.Trim())).Append("</span> ");
        Inlines(h.Content);
        _out.Append("</h").Append(level).Append(">\n");
    }

    private void Paragraph(Paragraph p, string? id, bool inCallout)
    {
        var cls = p.Style switch
        {
            ParagraphStyle.Lead => " class=\"lead\"",
            ParagraphStyle.SourceNote => " class=\"source\"",
            _ => "",
        };
        _out.Append("<p").Append(IdAttr(id)).Append(cls).Append('>');
        Inlines(p.Content);
        _out.Append("</p>\n");
    }

    private void List(ListBlock l, string? id, bool inCallout)
    {
        var tag = l.Ordered ? "ol" : "ul";
        _out.Append('<').Append(tag).Append(IdAttr(id)).Append(">\n");
        foreach (var item in l.Items)
        {
            _out.Append("<li>");
            if (item.Count == 1 && item[0] is Paragraph { Style: ParagraphStyle.Normal } only)
            {
                // A one-paragraph item reads better without a paragraph inside; its id moves to a span.
                var pid = _rendered.Add(only) ? _ids.For(only) : null;
                if (pid is not null) _out.Append("<span").Append(IdAttr(pid)).Append('>');
                Inlines(only.Content);
                if (pid is not null) _out.Append("</span>");
            }
            else
            {
                _out.Append('\n');
                foreach (var b in item) RenderBlock(b, inCallout);
            }
            _out.Append("</li>\n");
        }
        _out.Append("</").Append(tag).Append(">\n");
    }

    private void Figure(Figure f, string? id)
    {
        var number = CaptionLabels.FigureNumber(f);
        var captionId = _ids.Unique((id ?? "figure") + "-caption");
        _out.Append("<figure class=\"figure\"").Append(IdAttr(id)).Append(" aria-labelledby=\"").Append(captionId).Append("\">\n");
        _out.Append("<figcaption id=\"").Append(captionId).Append("\">");
        if (number is not null)
            _out.Append("<span class=\"caption-number\">").Append(Html.Text(number + CaptionLabels.Separator(f.Caption).TrimEnd())).Append("</span> ");
        Inlines(f.Caption);
        _out.Append("</figcaption>\n");

        var alt = AltText(f);
        // On a narrow screen the chart keeps a legible size and scrolls sideways, so it must be reachable by keyboard.
        _out.Append("<div class=\"chart\" role=\"region\" tabindex=\"0\" aria-label=\"")
            .Append(Html.Attribute(number is null ? "Chart" : "Chart for " + number)).Append("\">");
        if (!string.IsNullOrWhiteSpace(f.Image.Svg))
        {
            _svgCount++;
            _out.Append(InlineSvg.Prepare(f.Image.Svg, alt, $"c{_svgCount}-"));
        }
        else
        {
            var name = IdAttrSafeFileName(id ?? "figure-" + (Pictures.Count + 1)) + ".png";
            Pictures.Add((name, f.Image.Png));
            _out.Append("<img src=\"").Append(HtmlWriter.FiguresFolder).Append('/').Append(Html.Attribute(name))
                .Append("\" alt=\"").Append(Html.Attribute(alt)).Append('"');
            if (f.Image.PixelWidth > 0 && f.Image.PixelHeight > 0)
                _out.Append(" width=\"").Append(f.Image.PixelWidth).Append("\" height=\"").Append(f.Image.PixelHeight).Append('"');
            _out.Append('>');
        }
        _out.Append("</div>\n");
        SourceAndNotes(f.Source, f.Notes);

        if (f.Data is { Columns.Count: > 0 } data)
        {
            var label = number is null ? "Data for the figure above" : "Data for " + number;
            _out.Append("<details class=\"chart-data\"").Append(f.ShowDataTable ? " open" : "").Append(">\n<summary>")
                .Append(Html.Text(label)).Append("</summary>\n");
            var regionId = _ids.Unique((id ?? "figure") + "-data");
            _out.Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Append(regionId).Append("\">\n");
            _out.Append("<table class=\"data-table\">\n<caption id=\"").Append(regionId).Append("\">").Append(Html.Text(label)).Append("</caption>\n");
            _out.Append("<thead><tr>");
            foreach (var c in data.Columns) _out.Append("<th scope=\"col\">").Append(Html.Text(c)).Append("</th>");
            _out.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in data.Rows)
            {
                _out.Append("<tr>");
                for (int i = 0; i < row.Count; i++)
                {
                    if (i == 0 && data.Columns.Count > 1) _out.Append("<th scope=\"row\">").Append(Html.Text(row[i])).Append("</th>");
                    else _out.Append(LooksNumeric(row[i]) ? "<td class=\"num\">" : "<td>").Append(Html.Text(row[i])).Append("</td>");
                }
                _out.Append("</tr>\n");
            }
            _out.Append("</tbody>\n</table>\n</div>\n</details>\n");
        }
        _out.Append("</figure>\n");
    }

    private static string IdAttrSafeFileName(string id) => HtmlIds.Slug(id);

    /// <summary>Alt text is never empty: the model's text, else the caption (as the Word writer does).</summary>
    private static string AltText(Figure f)
    {
        var alt = f.Image.AltText?.Trim();
        if (!string.IsNullOrEmpty(alt)) return alt;
        var label = CaptionLabels.Figure(f);
        return label.Length > 0 ? "Chart: " + label : "Chart";
    }

    private void Table(Table t, string? id)
    {
        var number = CaptionLabels.TableNumber(t);
        var captionId = _ids.Unique((id ?? "table") + "-caption");
        bool hasCaption = number is not null || t.Caption.Count > 0;
        var description = t.Description?.Trim() ?? "";
        var label = CaptionLabels.Table(t);
        string? descriptionId = description.Length > 0 && description != label ? _ids.Unique((id ?? "table") + "-summary") : null;

        _out.Append("<div class=\"table-block\"").Append(IdAttr(id)).Append(">\n");
        _out.Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" ");
        if (hasCaption) _out.Append("aria-labelledby=\"").Append(captionId).Append("\">\n");
        else _out.Append("aria-label=\"").Append(Html.Attribute(description.Length > 0 ? description : "Table")).Append("\">\n");
        _out.Append("<table class=\"report-table\"");
        if (descriptionId is not null) _out.Append(" aria-describedby=\"").Append(descriptionId).Append('"');
        _out.Append(">\n");
        if (hasCaption)
        {
            _out.Append("<caption id=\"").Append(captionId).Append("\">");
            if (number is not null)
                _out.Append("<span class=\"caption-number\">").Append(Html.Text(number + CaptionLabels.Separator(t.Caption).TrimEnd())).Append("</span> ");
            Inlines(t.Caption);
            _out.Append("</caption>\n");
        }
        int columns = Math.Max(
            t.HeaderRows.Select(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(0).Max(),
            t.BodyRows.Select(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(0).Max());
        if (t.HeaderRows.Count > 0)
        {
            _out.Append("<thead>\n");
            foreach (var row in t.HeaderRows)
            {
                _out.Append("<tr>");
                foreach (var cell in row.Cells)
                {
                    var span = Math.Max(1, cell.ColumnSpan);
                    _out.Append("<th scope=\"").Append(span > 1 ? "colgroup" : "col").Append('"');
                    if (span > 1) _out.Append(" colspan=\"").Append(span).Append('"');
                    _out.Append(Align(cell)).Append('>');
                    Inlines(cell.Content);
                    _out.Append("</th>");
                }
                _out.Append("</tr>\n");
            }
            _out.Append("</thead>\n");
        }
        _out.Append("<tbody>\n");
        foreach (var row in t.BodyRows)
        {
            _out.Append(row.Emphasis ? "<tr class=\"emphasis\">" : "<tr>");
            for (int i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                var span = Math.Max(1, cell.ColumnSpan);
                // The first cell names its row when the row has data cells beside it.
                bool rowHeader = i == 0 && columns > 1 && span < columns && InlineText(cell).Length > 0;
                var tag = rowHeader ? "th" : "td";
                _out.Append('<').Append(tag);
                if (rowHeader) _out.Append(" scope=\"row\"");
                if (span > 1) _out.Append(" colspan=\"").Append(span).Append('"');
                var cls = new List<string>();
                if (cell.Alignment == CellAlignment.Right) cls.Add("num");
                if (cell.Alignment == CellAlignment.Center) cls.Add("centre");
                if (cell.Bold) cls.Add("strong");
                if (cls.Count > 0) _out.Append(" class=\"").Append(string.Join(' ', cls)).Append('"');
                _out.Append('>');
                Inlines(cell.Content);
                _out.Append("</").Append(tag).Append('>');
            }
            _out.Append("</tr>\n");
        }
        _out.Append("</tbody>\n</table>\n</div>\n");
        if (descriptionId is not null)
            _out.Append("<p class=\"visually-hidden\" id=\"").Append(descriptionId).Append("\">").Append(Html.Text(description)).Append("</p>\n");
        SourceAndNotes(t.Source, t.Notes);
        _out.Append("</div>\n");
    }

    private static string InlineText(TableCell cell) => ReportGen.Documents.Inlines.ToPlainText(cell.Content).Trim();

    private static string Align(TableCell cell) => cell.Alignment switch
    {
        CellAlignment.Right => " class=\"num\"",
        CellAlignment.Center => " class=\"centre\"",
        _ => "",
    };

    private void SourceAndNotes(IReadOnlyList<Inline> source, IReadOnlyList<IReadOnlyList<Inline>> notes)
    {
        if (source.Count > 0)
        {
            // As in the Word edition: templates may or may not write the label themselves; never print it twice.
            var text = ReportGen.Documents.Inlines.ToPlainText(source).TrimStart();
            bool labelled = text.StartsWith("Source", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("Data source", StringComparison.OrdinalIgnoreCase);
            _out.Append("<p class=\"source\">");
            if (!labelled) _out.Append("Source: ");
            Inlines(source);
            _out.Append("</p>\n");
        }
        foreach (var note in notes)
        {
            if (note.Count == 0) continue;
            _out.Append("<p class=\"source\">");
            Inlines(note);
            _out.Append("</p>\n");
        }
    }

    private void Callout(Callout c, string? id)
    {
        var kind = c.Kind switch
        {
            CalloutKind.KeyInsights => "key-insights",
            CalloutKind.KeyFigure => "key-figure",
            _ => "note",
        };
        var fallbackName = c.Kind switch
        {
            CalloutKind.KeyInsights => "Key insights",
            CalloutKind.KeyFigure => "Key figure",
            _ => "Note",
        };
        _out.Append("<section class=\"callout ").Append(kind).Append('"').Append(IdAttr(id));
        if (c.Title.Count > 0)
        {
            var titleId = _ids.Unique((id ?? kind) + "-title");
            _out.Append(" aria-labelledby=\"").Append(titleId).Append("\">\n");
            _out.Append("<p class=\"callout-title\" id=\"").Append(titleId).Append("\">");
            Inlines(c.Title);
            _out.Append("</p>\n");
        }
        else
        {
            _out.Append(" aria-label=\"").Append(fallbackName).Append("\">\n");
        }
        foreach (var b in c.Content) RenderBlock(b, inCallout: true);
        _out.Append("</section>\n");
    }

    private void Contents(TableOfContents toc, string? id)
    {
        _out.Append("<nav class=\"toc\"").Append(IdAttr(id ?? "contents")).Append(" aria-labelledby=\"toc-title\">\n");
        _out.Append("<p class=\"toc-title\" id=\"toc-title\">").Append(Html.Text(toc.Title)).Append("</p>\n");
        var entries = _ids.Headings.Where(h => h.InContents && h.Level is >= 1 and <= 3 && _ids.For(h) is not null).ToList();
        var levels = new Stack<int>();
        foreach (var h in entries)
        {
            if (levels.Count == 0 || h.Level > levels.Peek())
            {
                _out.Append("<ul>\n");
                levels.Push(h.Level);
            }
            else
            {
                _out.Append("</li>\n");
                while (levels.Count > 1 && h.Level < levels.Peek())
                {
                    levels.Pop();
                    _out.Append("</ul>\n</li>\n");
                }
            }
            _out.Append("<li><a href=\"#").Append(Html.Attribute(_ids.For(h))).Append("\">").Append(Html.Text(CaptionLabels.Heading(h))).Append("</a>");
        }
        while (levels.Count > 0)
        {
            levels.Pop();
            _out.Append("</li>\n</ul>\n");
        }
        _out.Append("</nav>\n");
    }

    private void CaptionList(ListOfCaptions loc, string? id)
    {
        var titleId = _ids.Unique((id ?? (loc.Kind == CaptionKind.Figure ? "list-of-figures" : "list-of-tables")) + "-title");
        _out.Append("<nav class=\"toc caption-list\"").Append(IdAttr(id)).Append(" aria-labelledby=\"").Append(titleId).Append("\">\n");
        _out.Append("<p class=\"toc-title\" id=\"").Append(titleId).Append("\">").Append(Html.Text(loc.Title)).Append("</p>\n<ul>\n");
        IEnumerable<(Block Block, string Label)> items = loc.Kind == CaptionKind.Figure
            ? _ids.Figures.Select(f => ((Block)f, CaptionLabels.Figure(f)))
            : _ids.Tables.Where(t => t.Numbered).Select(t => ((Block)t, CaptionLabels.Table(t)));
        foreach (var (block, label) in items)
        {
            var target = _ids.For(block);
            if (target is null || label.Length == 0) continue;
            _out.Append("<li><a href=\"#").Append(Html.Attribute(target)).Append("\">").Append(Html.Text(label)).Append("</a></li>\n");
        }
        _out.Append("</ul>\n</nav>\n");
    }

    private void RenderFootnotes()
    {
        if (_footnotes.Count == 0) return;
        _out.Append("<section class=\"footnotes\" id=\"notes\" aria-labelledby=\"notes-title\">\n");
        _out.Append("<p class=\"toc-title\" id=\"notes-title\">Notes</p>\n<ol>\n");
        // A note may itself hold a note; those are printed in brackets (as Word does), so this list is final.
        foreach (var (n, note) in _footnotes.ToList())
        {
            _out.Append("<li id=\"fn-").Append(n).Append("\">");
            Inlines(note, new InlineScope(InsideLink: false, FootnotesAllowed: false));
            _out.Append(" <a class=\"footnote-back\" href=\"#fnref-").Append(n).Append("\">Back to the text<span class=\"visually-hidden\"> of note ")
                .Append(n).Append("</span></a></li>\n");
        }
        _out.Append("</ol>\n</section>\n");
    }

    // ---- inlines ------------------------------------------------------------------------------

    private readonly record struct InlineScope(bool InsideLink, bool FootnotesAllowed);

    private void Inlines(IReadOnlyList<Inline> inlines) => Inlines(inlines, new InlineScope(false, true));

    private void Inlines(IReadOnlyList<Inline> inlines, InlineScope scope)
    {
        foreach (var inline in inlines) Inline(inline, scope);
    }

    private void Inline(Inline inline, InlineScope scope)
    {
        switch (inline)
        {
            case TextRun t:
                if (string.IsNullOrEmpty(t.Text)) return;
                var text = Html.Text(t.Text);
                if (t.Format.HasFlag(TextFormat.Superscript)) text = "<sup>" + text + "</sup>";
                if (t.Format.HasFlag(TextFormat.Italic)) text = "<em>" + text + "</em>";
                if (t.Format.HasFlag(TextFormat.Bold)) text = "<strong>" + text + "</strong>";
                _out.Append(text);
                break;
            case LineBreak:
                _out.Append("<br>");
                break;
            case Hyperlink h:
            {
                IReadOnlyList<Inline> content = h.Content.Count > 0 ? h.Content : ReportGen.Documents.Inlines.Text(h.Url);
                bool linkable = !scope.InsideLink && Uri.TryCreate(h.Url.Trim(), UriKind.Absolute, out var uri)
                    && uri.Scheme is "http" or "https" or "mailto";
                if (!linkable) { Inlines(content, scope); break; }
                _out.Append("<a href=\"").Append(Html.Attribute(h.Url.Trim())).Append("\">");
                Inlines(content, scope with { InsideLink = true });
                _out.Append("</a>");
                break;
            }
            case CrossReference c:
            {
                IReadOnlyList<Inline> content = c.CustomText is { Count: > 0 } custom
                    ? custom : ReportGen.Documents.Inlines.Text(c.ResolvedText ?? c.TargetId);
                var target = c.Kind == CrossReferenceKind.External ? null : _ids.ForModelId(c.TargetId);
                if (target is null || scope.InsideLink) { Inlines(content, scope); break; }
                _out.Append("<a class=\"xref\" href=\"#").Append(Html.Attribute(target)).Append("\">");
                Inlines(content, scope with { InsideLink = true });
                _out.Append("</a>");
                break;
            }
            case FootnoteReference f:
            {
                if (!scope.FootnotesAllowed || scope.InsideLink)
                {
                    _out.Append(" (");
                    Inlines(f.Note, scope with { FootnotesAllowed = false });
                    _out.Append(')');
                    break;
                }
                int n = _footnotes.Count + 1;
                _footnotes.Add((n, f.Note));
                _out.Append("<sup class=\"footnote-ref\"><a id=\"fnref-").Append(n).Append("\" href=\"#fn-").Append(n)
                    .Append("\"><span class=\"visually-hidden\">Note </span>").Append(n).Append("</a></sup>");
                break;
            }
            default:
                throw new NotSupportedException($"The HTML writer has no rendering for {inline.GetType().Name}.");
        }
    }

    private static bool LooksNumeric(string s)
    {
        s = s.Trim().TrimEnd('%');
        return s.Length > 0 && double.TryParse(s.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}
