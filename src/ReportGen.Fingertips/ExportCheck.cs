namespace ReportGen.Fingertips;

/// <summary>The verdict on a downloaded export: its size when it is good, or what is wrong with it.</summary>
/// <param name="Rows">Data rows, the header excluded.</param>
/// <param name="Columns">Header columns: 27, or 26 for the older layout.</param>
/// <param name="Error">Null when the export may replace the cached copy.</param>
public sealed record ExportCheck(int Rows, int Columns, FetchError? Error)
{
    public bool IsValid => Error is null;

    /// <summary>
    /// Rows that do not read cleanly in an otherwise good export, by record number (the header is 1), with the
    /// first problem of each. They are taken out of the cached copy and kept aside rather than failing the export.
    /// </summary>
    public IReadOnlyList<QuarantinedRow> Quarantined { get; init; } = [];
}

/// <summary>A row left out of a cached export because it does not read cleanly.</summary>
/// <param name="Record">Its record number in the download (the header is 1).</param>
/// <param name="Problem">The first problem found in it.</param>
public sealed record QuarantinedRow(int Record, string Problem);
