using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>The "Source: ..." line and notes under a figure or table, in the SourceNote style.</summary>
internal static class SourceNotes
{
    /// <summary>
    /// Appends the source line and notes. Returns false if there were none, so a caller that has just written a
    /// table can add a spacer instead (text straight after a table otherwise touches its bottom border).
    /// </summary>
    public static bool Append(BlockScope scope, RenderContext context, IReadOnlyList<Inline> source, IReadOnlyList<IReadOnlyList<Inline>> notes)
    {
        bool any = false;
        if (source.Count > 0)
        {
            var text = Inlines.ToPlainText(source).TrimStart();
            // Templates may or may not write the label themselves; never print it twice.
            bool labelled = text.StartsWith("Source", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("Data source", StringComparison.OrdinalIgnoreCase);
            IReadOnlyList<Inline> line = labelled ? source : [new TextRun("Source: "), .. source];
            scope.Container.Append(context.Paragraph(DocxStyleIds.SourceNote, line));
            any = true;
        }
        foreach (var note in notes)
        {
            if (note.Count == 0) continue;
            scope.Container.Append(context.Paragraph(DocxStyleIds.SourceNote, note));
            any = true;
        }
        return any;
    }

    /// <summary>An empty, short paragraph that leaves a gap below a table.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Paragraph Spacer() =>
        new(new DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties(
            new DocumentFormat.OpenXml.Wordprocessing.SpacingBetweenLines
            {
                Before = "0", After = "0", Line = "160",
                LineRule = DocumentFormat.OpenXml.Wordprocessing.LineSpacingRuleValues.Exact,
            }));
}
