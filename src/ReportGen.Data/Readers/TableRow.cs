namespace ReportGen.Data.Readers;

/// <summary>One data row of a table: its 1-based row number and its cells as text, in header order.</summary>
internal sealed record TableRow(int Line, IReadOnlyList<string?> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, trimmed; null when blank, absent or the index is negative.</summary>
    public string? this[int index] =>
        index >= 0 && index < Cells.Count && !string.IsNullOrWhiteSpace(Cells[index]) ? Cells[index]!.Trim() : null;
}
