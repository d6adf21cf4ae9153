using System.Globalization;

namespace ReportGen.Publishing;

/// <summary>
/// Decides whether a published cell is a number or text. "1,234.5" and "-3" are numbers (written as numbers so a
/// spreadsheet can compute with them); "&lt;5", "12.3 (456)" and "-" stay text. Text is neutralised against
/// formula injection.
/// </summary>
public static class CellValue
{
    public static double? AsNumber(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || t.Contains(' ')) return null;
        var plain = t.Replace(",", "");
        if (plain.Length == 0 || !(char.IsDigit(plain[0]) || plain[0] is '-' or '.') ) return null;
        return double.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>The cell as written to CSV: numbers plain (no separators), text neutralised and quoted when needed.</summary>
    public static string ToCsv(string text)
    {
        if (AsNumber(text) is { } n) return n.ToString("R", CultureInfo.InvariantCulture);
        var safe = SpreadsheetSafety.Neutralise(text);
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }
}
