using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;

namespace ReportGen.Data.Readers;

/// <summary>Reads tidy CSV files (data/tidy/*.csv): one row per indicator, area, period and breakdown.</summary>
/// <param name="catalogue">Indicator ids are checked against it and supply the default sex and age.</param>
/// <param name="areas">Area codes are checked against it.</param>
public sealed class TidyCsvReader(IndicatorCatalogue catalogue, AreaRegistry areas)
{
    /// <summary>
    /// Reads a file and returns the rows that passed every check; each problem is reported into
    /// <paramref name="diagnostics"/> with its row and column, and reading goes on to the next row.
    /// Repeated rows are found when the values are added to an <see cref="IndicatorStore"/>.
    /// </summary>
    public IReadOnlyList<IndicatorValue> Read(string path, DiagnosticBag diagnostics) =>
        Read(CsvTable.Load(path, diagnostics), diagnostics);

    /// <summary>As <see cref="Read(string, DiagnosticBag)"/> from text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public IReadOnlyList<IndicatorValue> Read(TextReader reader, string fileName, DiagnosticBag diagnostics) =>
        Read(CsvTable.Read(reader, fileName, diagnostics), diagnostics);

    /// <summary>As <see cref="Read(string, DiagnosticBag)"/>, one value at a time as the file is read (for large files).</summary>
    internal IEnumerable<IndicatorValue> Stream(string path, DiagnosticBag diagnostics)
    {
        using var table = CsvTable.Load(path, diagnostics);
        if (table is null) yield break;
        foreach (var value in new TidyRows(catalogue, areas).Stream(table.Header, table.Rows, table.FileName, diagnostics))
            yield return value;
    }

    private List<IndicatorValue> Read(CsvTable? table, DiagnosticBag diagnostics)
    {
        if (table is null) return [];
        using (table) return new TidyRows(catalogue, areas).Read(table.Header, table.Rows, table.FileName, diagnostics);
    }
}
