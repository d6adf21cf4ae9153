using System.Globalization;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Data.Readers;

/// <summary>
/// Reports problems for one row of a file and remembers whether any was an error, so a reader can drop the row
/// while still going on to the next one.
/// </summary>
internal sealed class RowScope(string fileName, int line, DiagnosticBag diagnostics)
{
    public string FileName { get; } = fileName;
    public int Line { get; } = line;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public bool HasErrors { get; private set; }
    /// <summary>The row's area once it is known; stamped on the row's errors.</summary>
    public string? AreaCode { get; set; }

    public void Error(string code, string message, string? column, string? fix)
    {
        HasErrors = true;
        Diagnostics.Add(new Diagnostic(Severity.Error, code, message, FileName, Line, column, fix) { AreaCode = AreaCode });
    }

    /// <summary>Reads a number written in invariant culture; blank is null; text is reported and read as null.</summary>
    public double? Number(string? text, string column)
    {
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
            return v;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var special))
        {
            Error(DataDiagnosticCodes.NotANumber, $"'{ErrorText.Quote(text)}' is {(double.IsNaN(special) ? "'not a number' (NaN)" : "infinite")}, not a figure.", column,
                "Leave the cell blank when there is no figure (add a value_note to say why), or write the real number.");
            return null;
        }
        var fix = double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _)
            ? "Remove the thousands separators (write 12345.6, not 12,345.6)."
            : "Write a plain number with a point for decimals, or leave the cell blank when there is no figure.";
        Error(DataDiagnosticCodes.NotANumber, $"'{ErrorText.Quote(text)}' is not a number.", column, fix);
        return null;
    }

    /// <summary>Reports a blank cell in a column that needs a value.</summary>
    public void Missing(string column, string what) =>
        Error(DataDiagnosticCodes.MissingValue, $"The '{column}' cell is blank; every row needs {what}.", column,
            $"Fill in the '{column}' cell or delete the row.");
}
