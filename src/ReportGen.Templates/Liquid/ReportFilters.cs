using System.Globalization;
using ReportGen.Templates.Wording;

namespace ReportGen.Templates.Liquid;

/// <summary>
/// Liquid filters available in chapters, e.g. <c>{{ 1234.5 | number: 1 }}</c>, <c>{{ 0.27 | in_words }}</c>.
/// They all go through <see cref="NumberFormat"/> and <see cref="Phrases"/> so rounding lives in one place.
/// DotLiquid maps the method names to snake_case filter names.
/// </summary>
public static class ReportFilters
{
    public static string Number(object? input, int decimals = 1) => ToDouble(input) is { } d ? NumberFormat.Number(d, decimals) : Text(input);

    public static string Thousands(object? input) => ToDouble(input) is { } d ? NumberFormat.Count(d) : Text(input);

    public static string Percent(object? input, int decimals = 1) => ToDouble(input) is { } d ? NumberFormat.Number(d, decimals) + "%" : Text(input);

    /// <summary>A proportion (0-1, or a percentage above 1) in words: "about one in four".</summary>
    public static string InWords(object? input)
    {
        if (ToDouble(input) is not { } d) return Text(input);
        return Phrases.ProportionInWords(d > 1 ? d / 100 : d);
    }

    public static string Ordinal(object? input) => ToDouble(input) is { } d ? NumberFormat.Ordinal((int)Math.Round(d)) : Text(input);

    public static string Signed(object? input, int decimals = 0) => ToDouble(input) is { } d ? NumberFormat.Signed(d, decimals) : Text(input);

    /// <summary>Capitalises the first letter only (for wording helpers used at the start of a sentence).</summary>
    public static string Sentence(object? input)
    {
        var s = Text(input);
        return s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];
    }

    private static string Text(object? input) => Convert.ToString(input, CultureInfo.InvariantCulture) ?? "";

    private static double? ToDouble(object? input) => input switch
    {
        null => null,
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => v,
        _ => null,
    };
}
