using ReportGen.Data.Diagnostics;

namespace ReportGen.Pipeline;

/// <summary>
/// Prints problems in one consistent form: errors and warnings to standard error, most severe first, at most a
/// few of each kind per file (the rest counted), so one broken column cannot fill the screen.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, bool includeInfo = false)
    {
        var shown = diagnostics.Where(d => includeInfo || d.Severity != Severity.Info).OrderByDescending(d => d.Severity);
        foreach (var d in DiagnosticDigest.Limit(shown))
            Console.Error.WriteLine(d.ToString());
    }
}
