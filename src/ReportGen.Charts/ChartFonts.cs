using System.Collections.Concurrent;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// Turns a requested font family into one that is installed. Skia on Linux does not apply
/// fontconfig's aliases, so "Arial" would silently fall back to a serif face; here the
/// metric-compatible twins (Liberation, Croscore, Carlito, Caladea) are tried first.
/// </summary>
public static class ChartFonts
{
    // Requested family -> installed families with the same metrics, best first.
    private static readonly Dictionary<string, string[]> Substitutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Arial"] = ["Liberation Sans", "Arimo", "Helvetica"],
        ["Helvetica"] = ["Liberation Sans", "Arimo", "Arial"],
        ["Times New Roman"] = ["Liberation Serif", "Tinos", "Times"],
        ["Courier New"] = ["Liberation Mono", "Cousine", "Courier"],
        ["Calibri"] = ["Carlito"],
        ["Cambria"] = ["Caladea"],
    };

    // Used when neither the family nor a twin is installed.
    private static readonly string[] GenericSans = ["Liberation Sans", "Arimo", "DejaVu Sans", "Noto Sans", "Open Sans"];

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<HashSet<string>> Installed = new(() =>
        new HashSet<string>(SKFontManager.Default.FontFamilies, StringComparer.OrdinalIgnoreCase));

    /// <summary>True when a family of exactly this name is installed.</summary>
    public static bool IsInstalled(string family) => Installed.Value.Contains(family);

    /// <summary>
    /// The installed family that will draw text for <paramref name="requested"/>: the family itself,
    /// else a metric-compatible twin, else a common sans-serif, else Skia's default.
    /// </summary>
    public static string ResolveFamily(string requested)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requested);
        return Cache.GetOrAdd(requested, static name =>
        {
            if (IsInstalled(name)) return name;
            var candidates = Substitutes.TryGetValue(name, out var twins) ? twins.Concat(GenericSans) : GenericSans;
            foreach (var candidate in candidates)
                if (IsInstalled(candidate)) return candidate;
            return SKTypeface.Default.FamilyName;
        });
    }
}
