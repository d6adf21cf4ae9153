using System.Globalization;

namespace ReportGen.Templates.Wording;

/// <summary>
/// The one place where numbers become text: rounding, thousands separators, units and suppression marks.
/// Templates never format numbers themselves; they call these through filters and indicator fields.
/// </summary>
public static class NumberFormat
{
    // The invariant culture formats numbers as en-GB does ("12,345.6"), and works in globalisation-invariant mode.
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>Rounds half away from zero (as analysts round by hand and as Excel does).</summary>
    public static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>"12,345.6": fixed decimals with thousands separators.</summary>
    public static string Number(double value, int decimals)
    {
        var rounded = Round(value, decimals);
        if (rounded == 0) rounded = 0; // no "-0.0"
        return rounded.ToString("N" + Math.Max(0, decimals), Culture);
    }

    /// <summary>A whole count with separators: "1,234".</summary>
    public static string Count(double value) => Number(value, 0);

    /// <summary>A value with its unit: "35.2%", "10.4 per 100,000", "1,234".</summary>
    public static string WithUnit(double value, int decimals, string unit)
    {
        var n = Number(value, decimals);
        if (string.IsNullOrWhiteSpace(unit)) return n;
        return unit.StartsWith('%') ? n + unit : n + " " + unit;
    }

    /// <summary>"(95% CI 8.9 to 11.6)".</summary>
    public static string Interval(double lower, double upper, int decimals) =>
        $"95% confidence interval {Number(lower, decimals)} to {Number(upper, decimals)}";

    /// <summary>1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st...</summary>
    public static string Ordinal(int n)
    {
        var rem100 = n % 100;
        var suffix = rem100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(Culture) + suffix;
    }

    /// <summary>Signed change: "+7", "-3.2", "+86.7%".</summary>
    public static string Signed(double value, int decimals, string unit = "")
    {
        var rounded = Round(value, decimals);
        var sign = rounded > 0 ? "+" : rounded < 0 ? "-" : "";
        return sign + WithUnit(Math.Abs(rounded), decimals, unit);
    }
}
