using ReportGen.Data.Model;
using ReportGen.Documents;
using ReportGen.Templates.Facts;

namespace ReportGen.Templates.Blocks;

/// <summary>
/// The notes under a data table that explain its marks are written from the cells, not typed into the template:
/// a suppression note only when a count is shown as "&lt;5", a dash note only when a cell is "-".
/// </summary>
public static class TableNotes
{
    /// <summary>The template's own notes followed by the notes the cells need.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> written, IReadOnlyList<TableRow> body,
        IReadOnlyList<IndicatorDefinition> indicators, DisclosureControl disclosure)
    {
        var notes = written.Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        var cells = body.SelectMany(r => r.Cells).Select(c => Inlines.ToPlainText(c.Content)).ToList();
        var thresholds = indicators.Select(disclosure.ThresholdFor).DefaultIfEmpty(disclosure.DefaultThreshold).Distinct().ToList();
        var suppressed = thresholds.Where(t => cells.Any(c => c.Contains($"<{t}", StringComparison.Ordinal) || c.Contains($"fewer than {t}", StringComparison.Ordinal))).ToList();
        foreach (var t in suppressed)
            notes.Add($"Counts from 1 to {t - 1} are shown as <{t} so that no one can be identified.");
        var explainsDashes = notes.Any(n => n.Contains("dash", StringComparison.OrdinalIgnoreCase));
        if (!explainsDashes && cells.Any(c => c.Trim() == "-"))
            notes.Add("A dash (-) means no value is available for that area and period.");
        return notes;
    }
}
