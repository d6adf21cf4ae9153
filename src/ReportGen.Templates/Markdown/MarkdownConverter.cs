using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Data.Diagnostics;
using ReportGen.Documents;
using Md = Markdig.Syntax;
using Doc = ReportGen.Documents;
using Block = ReportGen.Documents.Block;
using Inline = ReportGen.Documents.Inline;

namespace ReportGen.Templates.Markdown;

/// <summary>
/// Turns the Markdown of a chapter (after the Liquid step) into document-model blocks.
/// Fenced blocks such as <c>```chart</c> are handed to the registered <see cref="IFencedBlockHandler"/>s;
/// <c>:::keyfigure</c> containers become call-out boxes; links to <c>#id</c> become cross-references.
/// </summary>
public sealed class MarkdownConverter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .UsePipeTables()
        .UseCustomContainers()
        .UseGenericAttributes() // must be the last extension added
        .Build();

    private readonly IReadOnlyDictionary<string, IFencedBlockHandler> _handlers;

    public MarkdownConverter(IEnumerable<IFencedBlockHandler> handlers)
    {
        _handlers = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> BlockNames => _handlers.Keys.ToList();

    /// <summary>Converts one chapter. Problems (unknown block names, raw HTML) go to <paramref name="diagnostics"/>.</summary>
    public IReadOnlyList<Block> Convert(string markdown, string file, DiagnosticBag diagnostics)
    {
        var parsed = Markdig.Markdown.Parse(markdown, Pipeline);
        var state = new ConversionState(file, diagnostics);
        return ConvertBlocks(parsed, state);
    }

    private sealed record ConversionState(string File, DiagnosticBag Diagnostics);

    private List<Block> ConvertBlocks(ContainerBlock container, ConversionState state)
    {
        var result = new List<Block>();
        foreach (var block in container)
            result.AddRange(ConvertBlock(block, state));
        return result;
    }

    private IEnumerable<Block> ConvertBlock(Md.Block block, ConversionState state)
    {
        var origin = new TemplateLocation(state.File, block.Line + 1);
        switch (block)
        {
            case HeadingBlock h:
            {
                var attrs = h.TryGetAttributes();
                var classes = attrs?.Classes ?? [];
                yield return new Heading(h.Level, ConvertInlines(h.Inline, state))
                {
                    Id = attrs?.Id,
                    Origin = origin,
                    Numbered = !classes.Contains("unnumbered"),
                    InContents = !classes.Contains("notoc") && h.Level <= 3,
                };
                break;
            }
            case ParagraphBlock p:
            {
                var inlines = ConvertInlines(p.Inline, state);
                if (inlines.Count == 0) yield break;
                var classes = p.TryGetAttributes()?.Classes ?? [];
                var style = classes.Contains("lead") ? ParagraphStyle.Lead : classes.Contains("source") ? ParagraphStyle.SourceNote : ParagraphStyle.Normal;
                yield return new Paragraph(inlines, style) { Origin = origin, Id = p.TryGetAttributes()?.Id };
                break;
            }
            case Md.ListBlock l:
            {
                var items = new List<IReadOnlyList<Block>>();
                foreach (var item in l.OfType<ListItemBlock>())
                    items.Add(ConvertBlocks(item, state));
                yield return new Doc.ListBlock(l.IsOrdered, items) { Origin = origin };
                break;
            }
            case FencedCodeBlock f:
            {
                var name = (f.Info ?? "").Trim();
                var body = f.Lines.ToString();
                if (_handlers.TryGetValue(name, out var handler))
                {
                    foreach (var b in handler.Build(body, origin, state.Diagnostics)) yield return b;
                }
                else
                {
                    state.Diagnostics.Error("TPL010", $"Unknown block '```{name}'.", state.File, origin.Line,
                        fix: $"Use one of: {string.Join(", ", _handlers.Keys.Order())} (see templates/README.md).");
                }
                break;
            }
            case CustomContainer c:
            {
                var kind = (c.Info ?? "").Trim().ToLowerInvariant() switch
                {
                    "keyfigure" or "key-figure" => CalloutKind.KeyFigure,
                    "insights" => CalloutKind.KeyInsights,
                    _ => CalloutKind.Note,
                };
                var title = (c.Arguments ?? "").Trim();
                yield return new Callout(kind, Inlines.Text(title), ConvertBlocks(c, state)) { Origin = origin, Id = c.TryGetAttributes()?.Id };
                break;
            }
            case QuoteBlock q:
                yield return new Callout(CalloutKind.Note, [], ConvertBlocks(q, state)) { Origin = origin };
                break;
            case Markdig.Extensions.Tables.Table t:
                yield return ConvertPipeTable(t, state, origin);
                break;
            case ThematicBreakBlock:
                yield return new PageBreak { Origin = origin };
                break;
            case FootnoteGroup:
            case LinkReferenceDefinitionGroup:
            case BlankLineBlock:
                break;
            case HtmlBlock:
                state.Diagnostics.Error("TPL011", "Raw HTML is not allowed in a chapter.", state.File, origin.Line,
                    fix: "Write it as Markdown, or use a ```table or :::keyfigure block.");
                break;
            case CodeBlock:
                state.Diagnostics.Error("TPL012", "An indented code block was found (4 or more leading spaces).", state.File, origin.Line,
                    fix: "Remove the indentation; code blocks are not used in reports.");
                break;
            default:
                state.Diagnostics.Warning("TPL013", $"Markdown element '{block.GetType().Name}' is not supported and was left out.", state.File, origin.Line);
                break;
        }
    }

    private Doc.Table ConvertPipeTable(Markdig.Extensions.Tables.Table t, ConversionState state, TemplateLocation origin)
    {
        var rows = t.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        Doc.TableRow Row(Markdig.Extensions.Tables.TableRow r) => new(r.OfType<Markdig.Extensions.Tables.TableCell>()
            .Select(c => new Doc.TableCell(c.OfType<ParagraphBlock>().SelectMany(p => ConvertInlines(p.Inline, state)).ToList())).ToList());
        var header = rows.Where(r => r.IsHeader).Select(Row).ToList();
        var body = rows.Where(r => !r.IsHeader).Select(Row).ToList();
        var attrs = t.TryGetAttributes();
        var caption = attrs?.Properties?.FirstOrDefault(p => p.Key == "caption").Value;
        return new Doc.Table(caption is null ? [] : Inlines.Text(caption), header, body)
        {
            Id = attrs?.Id,
            Origin = origin,
            Numbered = caption is not null,
            Description = caption ?? Inlines.ToPlainText(header.SelectMany(h => h.Cells).SelectMany(c => c.Content)),
        };
    }

    private IReadOnlyList<Inline> ConvertInlines(ContainerInline? container, ConversionState state, TextFormat format = TextFormat.None)
    {
        var result = new List<Inline>();
        if (container is null) return result;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline lit:
                    result.Add(new TextRun(lit.Content.ToString(), format));
                    break;
                case EmphasisInline em:
                {
                    var f = format | (em.DelimiterCount >= 2 ? TextFormat.Bold : TextFormat.Italic);
                    if (em.DelimiterChar == '^') f = format | TextFormat.Superscript;
                    result.AddRange(ConvertInlines(em, state, f));
                    break;
                }
                case LinkInline link when link.Url is { } url && url.StartsWith('#'):
                {
                    var content = ConvertInlines(link, state, format);
                    result.Add(new CrossReference(url[1..]) { CustomText = content.Count == 0 ? null : content });
                    break;
                }
                case LinkInline link:
                    result.Add(new Doc.Hyperlink(link.Url ?? "", ConvertInlines(link, state, format)));
                    break;
                case AutolinkInline auto:
                    result.Add(new Doc.Hyperlink(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, Inlines.Text(auto.Url)));
                    break;
                case FootnoteLink { IsBackLink: false } fn:
                {
                    var note = fn.Footnote.OfType<ParagraphBlock>().SelectMany(p => ConvertInlines(p.Inline, state)).ToList();
                    result.Add(new FootnoteReference(note));
                    break;
                }
                case FootnoteLink:
                    break;
                case LineBreakInline lb:
                    result.Add(lb.IsHard ? new Doc.LineBreak() : new TextRun(" ", format));
                    break;
                case CodeInline code:
                    result.Add(new TextRun(code.Content, format));
                    break;
                case HtmlEntityInline entity:
                    result.Add(new TextRun(entity.Transcoded.ToString(), format));
                    break;
                case HtmlInline html:
                    state.Diagnostics.Error("TPL011", $"Raw HTML '{html.Tag}' is not allowed in a chapter.", state.File, html.Line + 1);
                    break;
                case ContainerInline nested:
                    result.AddRange(ConvertInlines(nested, state, format));
                    break;
            }
        }
        return MergeRuns(result);
    }

    /// <summary>Joins neighbouring text runs of the same format (Markdig splits text at every special character).</summary>
    private static List<Inline> MergeRuns(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        foreach (var i in inlines)
        {
            if (i is TextRun t && merged.Count > 0 && merged[^1] is TextRun prev && prev.Format == t.Format)
                merged[^1] = prev with { Text = prev.Text + t.Text };
            else
                merged.Add(i);
        }
        return merged;
    }
}
