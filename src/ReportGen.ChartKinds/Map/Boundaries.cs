using System.Reflection;
using System.Text.Json;

namespace ReportGen.ChartKinds;

/// <summary>
/// The boundaries in data/boundaries/*.geojson, embedded in this assembly when present: Cambridgeshire's districts and the
/// upper-tier authorities of the bundled areas and their neighbours, simplified, from ONS data under the Open
/// Government Licence (see data/boundaries/README.md).
/// </summary>
public static class Boundaries
{
    /// <summary>The attribution the licence asks for, printed in every map's source line.</summary>
    public const string Attribution = "Boundaries: Office for National Statistics, Open Government Licence v3.0. Contains OS data © Crown copyright and database right.";

    private static readonly Lazy<IReadOnlyDictionary<string, AreaShape>> Districts = new(() => Load("districts.geojson"));
    private static readonly Lazy<IReadOnlyDictionary<string, AreaShape>> UpperTier = new(() => Load("upper-tier.geojson"));

    /// <summary>The shape of an area by its ONS code (districts first, then upper-tier authorities), or null.</summary>
    public static AreaShape? Find(string code) =>
        Districts.Value.GetValueOrDefault(code) ?? UpperTier.Value.GetValueOrDefault(code);

    /// <summary>Codes of the upper-tier authorities that have a shape (the bundled areas and their neighbours).</summary>
    public static IReadOnlyCollection<string> UpperTierCodes => (IReadOnlyCollection<string>)UpperTier.Value.Keys;

    private static IReadOnlyDictionary<string, AreaShape> Load(string name)
    {
        var assembly = typeof(Boundaries).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + name, StringComparison.Ordinal));
        // No boundary file is bundled yet (see data/boundaries/README.md): no area has a shape, and a map block says so.
        if (resource is null) return new Dictionary<string, AreaShape>();
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var doc = JsonDocument.Parse(stream);
        var result = new Dictionary<string, AreaShape>(StringComparer.OrdinalIgnoreCase);
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var props = feature.GetProperty("properties");
            var code = props.GetProperty("code").GetString()!;
            var rings = new List<IReadOnlyList<GeoPoint>>();
            foreach (var polygon in feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray())
                foreach (var ring in polygon.EnumerateArray())
                {
                    var points = Points(ring);
                    if (points.Count >= 4) rings.Add(points);
                }
            var outline = feature.TryGetProperty("outline", out var o) ? o.EnumerateArray().Select(Points).ToList() : [];
            result[code] = new AreaShape(code, props.GetProperty("name").GetString()!, rings, outline);
        }
        return result;
    }

    private static IReadOnlyList<GeoPoint> Points(JsonElement line) =>
        line.EnumerateArray().Select(p => new GeoPoint(p[0].GetDouble(), p[1].GetDouble())).ToList();
}
