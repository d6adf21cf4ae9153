using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Templates;

namespace ReportGen.Pipeline;

/// <summary>Collects the data behind every numbered figure and table of a built report, for the publication pack.</summary>
public static class PackContents
{
    public static IReadOnlyList<PublishedData> From(BuildResult result)
    {
        var items = new List<PublishedData>();
        foreach (var f in result.Figures)
            items.Add(new PublishedData("Figure " + f.Number, f.Caption, f.Source, [], f.Chart.Data.Columns, f.Chart.Data.Rows) { RowProvenance = f.RowProvenance });
        foreach (var t in DocumentWalk.Walk(result.Document!).OfType<Table>().Where(t => t.Numbered && t.Number is not null))
        {
            var header = t.HeaderRows.Count == 0 ? [] : t.HeaderRows[^1].Cells.SelectMany(Expand).ToList();
            var rows = t.BodyRows.Select(r => (IReadOnlyList<string>)r.Cells.SelectMany(Expand).ToList()).ToList();
            items.Add(new PublishedData("Table " + t.Number, Inlines.ToPlainText(t.Caption), Inlines.ToPlainText(t.Source),
                t.Notes.Select(n => Inlines.ToPlainText(n)).ToList(), header, rows) { RowProvenance = t.RowProvenance });
        }
        return items.OrderBy(i => i.Label.StartsWith("Figure") ? 0 : 1).ToList();
    }

    /// <summary>A cell spanning several columns is repeated so every row has the same number of cells.</summary>
    private static IEnumerable<string> Expand(TableCell cell) =>
        Enumerable.Repeat(Inlines.ToPlainText(cell.Content), Math.Max(1, cell.ColumnSpan));
}
