using ReportGen.Data.Diagnostics;

namespace ReportGen.Pipeline;

/// <summary>Prints problems in one consistent form: errors and warnings to standard error, most severe first.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, bool includeInfo = false)
    {
        foreach (var d in diagnostics.Where(d => includeInfo || d.Severity != Severity.Info).OrderByDescending(d => d.Severity))
            Console.Error.WriteLine(d.ToString());
    }
}
