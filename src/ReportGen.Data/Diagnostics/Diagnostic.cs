namespace ReportGen.Data.Diagnostics;

public enum Severity
{
    /// <summary>Worth knowing (an unused indicator skipped); never stops a build.</summary>
    Info,
    /// <summary>The output is usable but incomplete (a figure not available); listed at the end of a build.</summary>
    Warning,
    /// <summary>The input is wrong; the build stops before anything is written.</summary>
    Error,
}

/// <summary>
/// One problem found in the inputs, with enough to find and fix it: file, line, column, what is wrong, how to fix it.
/// Problems are collected and reported together rather than thrown one at a time.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string? File = null, int? Line = null,
    string? Column = null, string? Fix = null)
{
    /// <summary>
    /// The area the faulty row is about, when known. A build fails only the reports that use that area's own data,
    /// so one area's broken row does not stop the others.
    /// </summary>
    public string? AreaCode { get; init; }

    public override string ToString()
    {
        // file:line:column for a position in text (templates); a data file's column is named: file:line, column 'value'.
        var where = File is null ? "" : Line is null ? $"{File}: " : Column is null ? $"{File}:{Line}: "
            : Column.All(char.IsAsciiDigit) ? $"{File}:{Line}:{Column}: " : $"{File}:{Line}, column '{Column}': ";
        var fix = Fix is null ? "" : $" Fix: {Fix}";
        // A message quoting a runaway value (a quote never closed swallows the rest of the file) stays one screen line or two.
        return $"{Severity.ToString().ToLowerInvariant()} {Code}: {where}{ErrorText.Shorten(Message, 600)}{fix}";
    }
}

/// <summary>Collects diagnostics from every stage; thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic d) { lock (_lock) _items.Add(d); }
    public void Error(string code, string message, string? file = null, int? line = null, string? column = null, string? fix = null)
        => Add(new Diagnostic(Severity.Error, code, message, file, line, column, fix));
    public void Warning(string code, string message, string? file = null, int? line = null, string? column = null, string? fix = null)
        => Add(new Diagnostic(Severity.Warning, code, message, file, line, column, fix));
    public void Info(string code, string message, string? file = null, int? line = null, string? column = null, string? fix = null)
        => Add(new Diagnostic(Severity.Info, code, message, file, line, column, fix));
    public void AddRange(IEnumerable<Diagnostic> items) { lock (_lock) _items.AddRange(items); }

    public IReadOnlyList<Diagnostic> Items { get { lock (_lock) return _items.ToList(); } }
    public bool HasErrors { get { lock (_lock) return _items.Exists(d => d.Severity == Severity.Error); } }
    public IEnumerable<Diagnostic> Errors => Items.Where(d => d.Severity == Severity.Error);
    public IEnumerable<Diagnostic> Warnings => Items.Where(d => d.Severity == Severity.Warning);
}

/// <summary>Thrown when input errors stop a stage; carries every diagnostic found, not just the first.</summary>
public sealed class InputDataException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
