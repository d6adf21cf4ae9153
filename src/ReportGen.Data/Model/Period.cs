using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Data.Model;

/// <summary>
/// A time period as published ("2022", "2021-23", "2021 - 23", "2023/24", "2022/23 - 24/25", "2023 Q1",
/// "2023/24 Q2", "2022/23 Q2 - 2023/24 Q1", "2023/24 Q1-Q3") with a sort key built from the start year (as
/// Fingertips' "Time period Sortable").
/// The label is kept exactly as written so charts and text show periods as published, never as numbers.
/// Two periods are equal when they cover the same time, however the label is spaced ("2021-23" equals "2021 - 23").
/// </summary>
public sealed partial record Period : IComparable<Period>
{
    /// <summary>The period exactly as written in the source (trimmed).</summary>
    public string Label { get; }
    /// <summary>The first calendar or financial year covered.</summary>
    public int StartYear { get; }
    /// <summary>Number of years covered (1 for "2022", "2023/24" and "2023 Q1", 3 for "2021-23").</summary>
    public int Years { get; }
    /// <summary>The first quarter covered (1-4), 0 when the period is made of whole years.</summary>
    public int Quarter { get; }
    /// <summary>Number of quarters covered: 0 for whole years, 1 for "2023 Q1", 4 for "2022/23 Q2 - 2023/24 Q1".</summary>
    public int Quarters { get; }
    /// <summary>True for financial or academic years written "2023/24".</summary>
    public bool IsFinancialYear { get; }
    /// <summary>The last year covered (the start year of the last financial year for financial periods).</summary>
    public int EndYear => StartYear + Years - 1;
    /// <summary>YYYYQQYY: start year, start quarter and span in years, so periods sort as Fingertips sorts them.</summary>
    public long SortKey => ((long)StartYear * 100 + Quarter) * 100 + Years;
    /// <summary>Fingertips' "Time period Sortable" value: YYYYQQMM with the start year and quarter, month 00.</summary>
    public int FingertipsSortable => StartYear * 10000 + Quarter * 100;

    private Period(string label, int startYear, int years, int quarter, int quarters, bool financial)
    {
        Label = label; StartYear = startYear; Years = years; Quarter = quarter; Quarters = quarters; IsFinancialYear = financial;
    }

    /// <summary>Orders by <see cref="SortKey"/>, then by number of quarters and calendar before financial; 0 only for equal periods.</summary>
    public int CompareTo(Period? other)
    {
        if (other is null) return 1;
        int c = SortKey.CompareTo(other.SortKey);
        if (c != 0) return c;
        c = Quarters.CompareTo(other.Quarters);
        return c != 0 ? c : IsFinancialYear.CompareTo(other.IsFinancialYear);
    }

    /// <summary>Equal when both cover the same time; the label's spacing does not matter.</summary>
    public bool Equals(Period? other) =>
        other is not null && StartYear == other.StartYear && Years == other.Years && Quarter == other.Quarter
        && Quarters == other.Quarters && IsFinancialYear == other.IsFinancialYear;

    /// <summary>Agrees with <see cref="Equals(Period?)"/>: the label's spacing does not count.</summary>
    public override int GetHashCode() => HashCode.Combine(StartYear, Years, Quarter, Quarters, IsFinancialYear);

    /// <summary>The label as published.</summary>
    public override string ToString() => Label;

    /// <summary>Order operators following <see cref="CompareTo"/>.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <summary>Parses a period or throws <see cref="FormatException"/>.</summary>
    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period this tool can read.");

    /// <summary>Reads any of the formats in data/FORMATS.md; false for anything else (including backwards ranges).</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        var result = ParseCalendar(t) ?? ParseFinancial(t);
        if (result is null) return false;
        period = result;
        return true;
    }

    /// <summary>The formats accepted, for error messages.</summary>
    public const string FormatsHelp = "2023, 2021-23 (or 2021 - 23), 2023/24, 2022/23 - 24/25, 2023 Q1, 2023/24 Q1, 2022/23 Q2 - 2023/24 Q1, 2023/24 Q1-Q3";

    private static Period? ParseCalendar(string t)
    {
        var m = CalendarPattern().Match(t);
        if (!m.Success) return null;
        int start = Int(m, "y");
        if (m.Groups["q"].Success) return new Period(t, start, 1, Int(m, "q"), 1, false);
        if (!m.Groups["e"].Success) return new Period(t, start, 1, 0, 0, false);
        int end = ExpandYear(start, m.Groups["e"].Value);
        return end > start && end - start < MaxYears ? new Period(t, start, end - start + 1, 0, 0, false) : null;
    }

    private static Period? ParseFinancial(string t)
    {
        var m = FinancialPattern().Match(t);
        if (!m.Success) return null;
        int start = Int(m, "y");
        if (ExpandYear(start, m.Groups["n"].Value) != start + 1) return null;
        if (m.Groups["dash"].Success && !m.Groups["ey"].Success && !m.Groups["eq"].Success) return null;

        // The last financial year of a range; the start's own year when there is no range.
        int endStart = start;
        if (m.Groups["ey"].Success)
        {
            endStart = ExpandYear(start, m.Groups["ey"].Value);
            if (ExpandYear(endStart, m.Groups["en"].Value) != endStart + 1) return null;
        }
        int years = endStart - start + 1;
        if (years is < 1 or > MaxYears) return null;

        if (!m.Groups["q"].Success)
        {
            // "2022/23 - 24/25" needs a later end; "2022/23 Q1 - ..." forms are handled below.
            if (m.Groups["ey"].Success && years < 2) return null;
            if (m.Groups["eq"].Success) return null;
            return new Period(t, start, years, 0, 0, true);
        }

        int quarter = Int(m, "q");
        if (!m.Groups["eq"].Success)
            return m.Groups["ey"].Success ? null : new Period(t, start, 1, quarter, 1, true);

        // Rolling ("2022/23 Q2 - 2023/24 Q1") or cumulative ("2023/24 Q1-Q3") quarters.
        int quarters = (endStart - start) * 4 + Int(m, "eq") - quarter + 1;
        return quarters >= 2 ? new Period(t, start, years, quarter, quarters, true) : null;
    }

    // No published period spans more; a longer one is a typo such as "2023-21" (read as 2023 to 2121).
    private const int MaxYears = 20;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    // Two digits are the next occurrence of those last digits at or after the start year ("1999-01" is 1999-2001).
    private static int ExpandYear(int start, string digits)
    {
        int v = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == 4) return v;
        int y = start / 100 * 100 + v;
        return y < start ? y + 100 : y;
    }

    // 2022 | 2021-23 | 2021 - 23 | 2021-2023 | 2023 Q1
    [GeneratedRegex(@"^(?<y>(19|20)\d\d)(?:\s*-\s*(?<e>\d{4}|\d{2})|\s+Q(?<q>[1-4]))?$")]
    private static partial Regex CalendarPattern();

    // 2023/24 | 2022/23 - 24/25 | 2022/23 - 2024/25 | 2023/24 Q2 | 2022/23 Q2 - 2023/24 Q1 | 2023/24 Q1-Q3
    [GeneratedRegex(@"^(?<y>(19|20)\d\d)/(?<n>\d{4}|\d{2})(?:\s+Q(?<q>[1-4]))?(?:(?<dash>\s*-\s*)(?:(?<ey>\d{4}|\d{2})/(?<en>\d{4}|\d{2}))?(?:\s*Q(?<eq>[1-4]))?)?$")]
    private static partial Regex FinancialPattern();
}
