using System.Text;

namespace ReportGen.Statistics.Tests;

/// <summary>Reads the small CSV test-data files copied next to the test assembly.</summary>
internal static class TestCsv
{
    /// <summary>Each data row as a dictionary keyed by column heading; blank cells are empty strings.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", fileName);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var headings = SplitLine(lines[0]);
        return lines.Skip(1)
            .Select(line => SplitLine(line))
            .Select(cells => (IReadOnlyDictionary<string, string>)headings
                .Select((h, i) => (h, cell: i < cells.Count ? cells[i] : ""))
                .ToDictionary(p => p.h, p => p.cell))
            .ToList();
    }

    /// <summary>The cell as a number, or null when blank.</summary>
    public static double? Number(this IReadOnlyDictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : double.Parse(row[column], System.Globalization.CultureInfo.InvariantCulture);

    // Splits one line on commas, honouring double-quoted cells (no cell in these files spans lines).
    private static List<string> SplitLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
