using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;

namespace ReportGen.Data.Readers;

/// <summary>
/// A period that has not begun yet cannot have been measured: it is almost always a typing slip (2042/43 for
/// 2024/25), and left in it would be printed as the latest figure. Such rows are refused.
/// </summary>
internal static class PeriodChecks
{
    /// <summary>Today's date; tests may move it.</summary>
    public static Func<DateOnly> Today { get; set; } = () => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The first day a period covers: 1 January (calendar) or 1 April (financial), moved on by its first quarter.</summary>
    public static DateOnly Start(Period p)
    {
        var first = new DateOnly(Math.Clamp(p.StartYear, 1, 9999), p.IsFinancialYear ? 4 : 1, 1);
        return p.Quarter > 1 ? first.AddMonths((p.Quarter - 1) * 3) : first;
    }

    /// <summary>True when the period has begun; otherwise reports an error on the row and returns false.</summary>
    public static bool NotInFuture(Period p, RowScope scope, string column)
    {
        var today = Today();
        var start = Start(p);
        if (start <= today) return true;
        scope.Error(DataDiagnosticCodes.FuturePeriod,
            $"The period '{ErrorText.Quote(p.Label)}' starts on {start:d MMMM yyyy}, after today ({today:d MMMM yyyy}), so no data can exist for it yet.",
            column, "Correct the period (a typing slip such as 2042/43 for 2024/25 is the usual cause), or delete the row.");
        return false;
    }
}
