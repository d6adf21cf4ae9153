using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Data.Model;

/// <summary>
/// A time period as published ("2022", "2021-23", "2021 - 23", "2023/24", "2022/23 - 24/25", "2023 Q1",
/// "2023/24 Q2") with a sort key built from the start year (as Fingertips' "Time period Sortable").
/// The label is kept exactly as written so charts and text show periods as published, never as numbers.
/// </summary>
public sealed partial record Period : IComparable<Period>
{
    public string Label { get; }
    public int StartYear { get; }
    /// <summary>Number of years covered (1 for "2022" and "2023/24", 3 for "2021-23").</summary>
    public int Years { get; }
    public int Quarter { get; }
    public bool IsFinancialYear { get; }
    /// <summary>YYYYQQ00 like Fingertips' sortable period, with span as tiebreaker.</summary>
    public long SortKey => ((long)StartYear * 100 + Quarter) * 100 + Years;

    private Period(string label, int startYear, int years, int quarter, bool financial)
    {
        Label = label; StartYear = startYear; Years = years; Quarter = quarter; IsFinancialYear = financial;
    }

    public int CompareTo(Period? other) => other is null ? 1 : SortKey.CompareTo(other.SortKey);

    public override string ToString() => Label;

    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period this tool can read.");

    public static bool TryParse(string? text, out Period period)
    {
        period = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        Match m;
        if ((m = CalendarRange().Match(t)).Success)
        {
            int start = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (!m.Groups["e"].Success) { period = new Period(t, start, 1, QuarterOf(m), false); return true; }
            int end = ExpandYear(start, m.Groups["e"].Value);
            if (end <= start) return false;
            period = new Period(t, start, end - start + 1, 0, false);
            return true;
        }
        if ((m = FinancialRange().Match(t)).Success)
        {
            int start = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            int next = ExpandYear(start, m.Groups["n"].Value);
            if (next != start + 1) return false;
            int years = 1;
            if (m.Groups["e"].Success)
            {
                int endStart = m.Groups["e"].Value.Length == 4 ? int.Parse(m.Groups["e"].Value, CultureInfo.InvariantCulture) : ExpandYear(start, m.Groups["e"].Value);
                years = endStart - start + 1;
                if (years < 2) return false;
            }
            period = new Period(t, start, years, QuarterOf(m), true);
            return true;
        }
        return false;
    }

    private static int QuarterOf(Match m) => m.Groups["q"].Success ? int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture) : 0;

    private static int ExpandYear(int start, string digits)
    {
        int v = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == 4) return v;
        int century = start / 100 * 100;
        int y = century + v;
        return y < start ? y + 100 : y;
    }

    // 2022 | 2021-23 | 2021 - 23 | 2021-2023 | 2023 Q1
    [GeneratedRegex(@"^(?<y>(19|20)\d\d)(\s*-\s*(?<e>\d{2}|\d{4}))?(\s+Q(?<q>[1-4]))?$")]
    private static partial Regex CalendarRange();

    // 2023/24 | 2022/23 - 24/25 | 2023/24 Q2
    [GeneratedRegex(@"^(?<y>(19|20)\d\d)/(?<n>\d{2})(\s*-\s*(?<e>\d{2}|\d{4})/\d{2})?(\s+Q(?<q>[1-4]))?$")]
    private static partial Regex FinancialRange();
}
