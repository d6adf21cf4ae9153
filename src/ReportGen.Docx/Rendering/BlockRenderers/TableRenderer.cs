using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;
using ReportGen.Documents;
using Table = ReportGen.Documents.Table;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace ReportGen.Docx.Rendering.BlockRenderers;

/// <summary>
/// A table: caption above ("Table " + the resolved number as text, unless the table is unnumbered),
/// the Word table, then source and notes. Landscape placement is arranged by the writer before this runs.
/// </summary>
internal sealed class TableRenderer : BlockRenderer<Table>
{
    protected override void Render(Table block, BlockScope scope, RenderContext context)
    {
        // Two tables with nothing between them would merge into one.
        if (scope.Container.LastChild is WTable)
            scope.Container.Append(new WParagraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.SourceNote })));

        var bookmark = context.TakeBookmark(block);
        var caption = Caption(block, context);
        if (caption is not null)
        {
            context.AddBookmark(caption, bookmark);
            bookmark = null;
            scope.Container.Append(caption);
        }

        // Alt text: the caption as the short title, the model's description as the summary; each falls back
        // on the other so neither is ever empty.
        string label = CaptionLabel.Table(block);
        string description = string.IsNullOrWhiteSpace(block.Description) ? label : block.Description.Trim();
        if (label.Length == 0) label = ShortTitle(description);
        if (description.Length == 0) description = label;
        var table = TableBuilder.Build(context, block.HeaderRows, block.BodyRows, block.ColumnWidths, label, description);
        if (bookmark is not null && table.Descendants<WParagraph>().FirstOrDefault() is { } first)
            context.AddBookmark(first, bookmark);
        scope.Container.Append(table);

        if (!SourceNotes.Append(scope, context, block.Source, block.Notes))
            scope.Container.Append(SourceNotes.Spacer());
    }

    private static string ShortTitle(string description)
    {
        if (description.Length == 0) return "Table";
        int stop = description.IndexOfAny(['.', ';', ':']);
        var first = stop > 0 ? description[..stop] : description;
        return first.Length <= 80 ? first : first[..77].TrimEnd() + "...";
    }

    private static WParagraph? Caption(Table table, RenderContext context)
    {
        bool numbered = table.Numbered && !string.IsNullOrWhiteSpace(table.Number);
        if (!numbered && table.Caption.Count == 0) return null;
        var p = new WParagraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.Caption } });
        if (numbered)
        {
            p.Append(CaptionRuns.Label("Table", table.Number!.Trim()));
            p.Append(Texts.Run(table.Caption.Count > 0 ? ". " : "."));
        }
        p.Append(context.RenderInlines(table.Caption, context.BodyInlines));
        return p;
    }
}
