namespace ReportGen.Data.Diagnostics;

/// <summary>
/// Keeps a list of problems readable: errors that only follow from another file being broken are folded into that
/// file's error, and a flood of one kind of problem in one file is cut to its first few with "N more like this".
/// </summary>
public static class DiagnosticDigest
{
    /// <summary>How many problems of one kind in one file are listed before the rest are counted.</summary>
    public const int PerCause = 5;

    private static readonly string[] Broken =
    [
        DataDiagnosticCodes.FileUnreadable, DataDiagnosticCodes.FileMissing, DataDiagnosticCodes.NotAFile,
        DataDiagnosticCodes.YamlAlias, DataDiagnosticCodes.TooLarge, TextEncodingCheck.Code, DataDiagnosticCodes.DuplicateColumn,
        DataDiagnosticCodes.MissingColumn,
    ];

    /// <summary>
    /// When indicators.yaml (or areas.csv) could not be read, every row naming an indicator (or area) is "unknown":
    /// those follow-on problems are dropped and counted on the root cause instead.
    /// </summary>
    public static IReadOnlyList<Diagnostic> SuppressFollowOns(IReadOnlyList<Diagnostic> items)
    {
        var result = items.ToList();
        // A row the CSV reader could not split (a quote never closed) yields nonsense cells: report the row once.
        var brokenRows = result.Where(d => d.Code == DataDiagnosticCodes.FileUnreadable && d.Line is not null)
            .Select(d => (d.File, d.Line)).ToHashSet();
        if (brokenRows.Count > 0)
            result.RemoveAll(d => d.Code != DataDiagnosticCodes.FileUnreadable && brokenRows.Contains((d.File, d.Line)));
        Fold(result, "indicators.yaml", [DataDiagnosticCodes.UnknownIndicator, DataDiagnosticCodes.IndicatorSkipped], "unknown indicator ids");
        Fold(result, "areas.csv", [DataDiagnosticCodes.UnknownArea, DataDiagnosticCodes.BadParent], "unknown area codes");
        return result;
    }

    private static void Fold(List<Diagnostic> items, string fileName, string[] followOnCodes, string what)
    {
        int root = items.FindIndex(d => d.Severity == Severity.Error && Broken.Contains(d.Code)
            && d.File is not null && string.Equals(Path.GetFileName(d.File), fileName, StringComparison.OrdinalIgnoreCase));
        if (root < 0) return;
        int removed = items.RemoveAll(d => followOnCodes.Contains(d.Code));
        if (removed > 0)
            items[root] = items[root] with
            {
                Message = items[root].Message + $" ({removed:N0} more error(s) about {what} follow from this and are not listed.)",
            };
    }

    /// <summary>
    /// The problems to print: at most <paramref name="perCause"/> of each kind (severity and code) in each file, the
    /// rest summed up in one line, so one broken column cannot fill the screen.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Limit(IEnumerable<Diagnostic> items, int perCause = PerCause)
    {
        var result = new List<Diagnostic>();
        foreach (var group in items.GroupBy(d => (d.Severity, d.Code, d.File, d.Column)))
        {
            var list = group.ToList();
            result.AddRange(list.Take(perCause));
            if (list.Count > perCause)
            {
                var first = list[0];
                result.Add(new Diagnostic(first.Severity, first.Code,
                    $"... and {list.Count - perCause:N0} more like this" + (first.Line is null ? "." : $" (up to line {list.Max(d => d.Line ?? 0)})."),
                    first.File, null, first.Column, first.Fix) { AreaCode = first.AreaCode });
            }
        }
        return result;
    }
}
