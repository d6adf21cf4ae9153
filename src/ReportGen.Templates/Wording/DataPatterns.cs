using ReportGen.Data.Model;

namespace ReportGen.Templates.Wording;

/// <summary>
/// Patterns a sentence may claim about a breakdown (the peak age group, a gradient with age, a difference between men
/// and women), worked out from the values so that a template states them from the data or guards them with a condition.
/// </summary>
public static class DataPatterns
{
    /// <summary>Age bands with a value, youngest first; the headline band (<paramref name="headlineAge"/>) is left out.</summary>
    public static IReadOnlyList<IndicatorValue> AgeBands(IEnumerable<IndicatorValue> rows, string headlineAge) =>
        rows.Where(r => r.Value is not null && !string.Equals(r.Age.Trim(), headlineAge.Trim(), StringComparison.OrdinalIgnoreCase))
            .GroupBy(r => r.Age.Trim(), StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .OrderBy(r => AgeStart(r.Age)).ToList();

    /// <summary>The band with the highest value ("" when there are fewer than two bands).</summary>
    public static string PeakAge(IReadOnlyList<IndicatorValue> bands) =>
        bands.Count < 2 ? "" : bands.MaxBy(b => b.Value!.Value)!.Age;

    /// <summary>The band with the lowest value ("" when there are fewer than two bands).</summary>
    public static string LowestAge(IReadOnlyList<IndicatorValue> bands) =>
        bands.Count < 2 ? "" : bands.MinBy(b => b.Value!.Value)!.Age;

    /// <summary>
    /// "falling" when every older band is lower than the one before, "rising" when every one is higher, otherwise
    /// "mixed"; "" with fewer than two bands. Values are compared as printed (rounded to <paramref name="decimals"/>).
    /// </summary>
    public static string AgeGradient(IReadOnlyList<IndicatorValue> bands, int decimals)
    {
        if (bands.Count < 2) return "";
        var v = bands.Select(b => NumberFormat.Round(b.Value!.Value, decimals)).ToList();
        var pairs = v.Zip(v.Skip(1)).ToList();
        if (pairs.All(p => p.Second < p.First)) return "falling";
        if (pairs.All(p => p.Second > p.First)) return "rising";
        return "mixed";
    }

    /// <summary>
    /// Compares men and women: "men_higher" / "women_higher" when the 95% intervals do not overlap, "similar" when they
    /// overlap, "untested" when either lacks an interval, "" when either value is missing.
    /// </summary>
    public static string SexDifference(IndicatorValue? male, IndicatorValue? female, int decimals)
    {
        if (male?.Value is not { } m || female?.Value is not { } f) return "";
        if (male is not { Lower95: { } ml, Upper95: { } mu } || female is not { Lower95: { } fl, Upper95: { } fu })
            return "untested";
        if (ml > fu) return "men_higher";
        if (fl > mu) return "women_higher";
        return "similar";
    }

    internal static int AgeStart(string band)
    {
        var b = band.TrimStart();
        if (b.StartsWith('<') || b.StartsWith("under", StringComparison.OrdinalIgnoreCase)) return 0;
        var digits = new string(b.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var n) ? n : int.MaxValue;
    }
}
