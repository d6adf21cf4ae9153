namespace ReportGen.Fingertips;

/// <summary>The verdict on a downloaded export: its size when it is good, or what is wrong with it.</summary>
/// <param name="Rows">Data rows, the header excluded.</param>
/// <param name="Columns">Header columns: 27, or 26 for the older layout.</param>
/// <param name="Error">Null when the export may replace the cached copy.</param>
public sealed record ExportCheck(int Rows, int Columns, FetchError? Error)
{
    public bool IsValid => Error is null;
}
