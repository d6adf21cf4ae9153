using ReportGen.Data.Diagnostics;

namespace ReportGen.Data.Readers;

/// <summary>Finds columns in a header by name, ignoring case and surrounding spaces.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    public ColumnMap(IReadOnlyList<string> header)
    {
        Header = header;
        for (int i = 0; i < header.Count; i++)
            _index.TryAdd(header[i].Trim(), i);
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The column's index, or -1 when the header has no such column.</summary>
    public int this[string name] => _index.TryGetValue(name, out var i) ? i : -1;

    public bool Has(string name) => _index.ContainsKey(name);

    /// <summary>The header cells as a readable list for messages.</summary>
    public string Found => Header.Count == 0 ? "(none)" : string.Join(", ", Header.Select(h => $"'{h}'"));

    /// <summary>Reports each of <paramref name="required"/> the header lacks; true when none is missing.</summary>
    public bool RequireAll(IEnumerable<string> required, string fileName, DiagnosticBag diagnostics)
    {
        bool ok = true;
        foreach (var name in required.Where(n => !Has(n)))
        {
            ok = false;
            var near = Suggestions.Closest(name, Header);
            diagnostics.Error(DataDiagnosticCodes.MissingColumn,
                $"The required column '{name}' is missing. Columns found: {Found}.", fileName, 1, name,
                near is null
                    ? $"Add a column headed '{name}' (see data/FORMATS.md)."
                    : $"Rename the column '{near}' to '{name}', or add a column headed '{name}'.");
        }
        return ok;
    }
}
