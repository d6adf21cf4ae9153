namespace ReportGen.ChartKinds;

/// <summary>One authority's square on the tile map: its GSS code, name, three-letter label and cell (row 0 at the top).</summary>
public sealed record TilePlace(string Code, string Name, string Label, int Row, int Col);

/// <summary>
/// The schematic England layout in data/geography/england-upper-tier-tiles.csv (authored for ReportGen, not boundary
/// data: see data/geography/README.md), embedded in this assembly at build time as the map boundaries are.
/// </summary>
public static class TileLayout
{
    private const string ResourceName = "england-upper-tier-tiles.csv";

    private static readonly Lazy<IReadOnlyList<TilePlace>> Places = new(() => Parse(Read()));

    /// <summary>Every tile of the layout, one per upper-tier authority.</summary>
    public static IReadOnlyList<TilePlace> All => Places.Value;

    /// <summary>The tile of an authority by its GSS code, or null.</summary>
    public static TilePlace? Find(string code) => All.FirstOrDefault(p => p.Code.Equals(code, StringComparison.OrdinalIgnoreCase));

    private static string Read()
    {
        var assembly = typeof(TileLayout).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + ResourceName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The tile layout {ResourceName} is not embedded in {assembly.GetName().Name}; see data/geography/README.md.");
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }

    /// <summary>Reads the layout's CSV (header code,name,label,row,col; a name may be quoted and hold a comma).</summary>
    internal static IReadOnlyList<TilePlace> Parse(string csv)
    {
        var lines = csv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var header = Fields(lines[0]);
        int At(string name) => header.IndexOf(name) is var i and >= 0 ? i
            : throw new FormatException($"{ResourceName}:1: no '{name}' column. Fix: the header is code,name,label,row,col.");
        int code = At("code"), name = At("name"), label = At("label"), row = At("row"), col = At("col");
        var places = new List<TilePlace>();
        for (var i = 1; i < lines.Count; i++)
        {
            var f = Fields(lines[i]);
            if (f.Count != header.Count || !int.TryParse(f[row], out var r) || !int.TryParse(f[col], out var c))
                throw new FormatException($"{ResourceName}:{i + 1}: expected {header.Count} fields with a whole row and col. Fix: regenerate with data/tools/make_tile_layout.py.");
            places.Add(new TilePlace(f[code], f[name], f[label], r, c));
        }
        return places;
    }

    internal static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else current.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(ch);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
