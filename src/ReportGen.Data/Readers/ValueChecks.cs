using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Statistics;

namespace ReportGen.Data.Readers;

/// <summary>Checks that the numbers of one row agree with each other, whatever file they came from.</summary>
internal static class ValueChecks
{
    /// <summary>Reports a negative count or denominator, reversed limits, a value outside its limits and a proportion above 100%.</summary>
    public static void Check(IndicatorValue v, IndicatorDefinition definition, ValueColumns columns, RowScope row)
    {
        if (v.Count < 0)
            row.Error(DataDiagnosticCodes.NegativeNumber, $"The count {v.Count} is negative.", columns.Count,
                "Counts cannot be below zero; correct the count or leave it blank.");
        if (v.Denominator < 0)
            row.Error(DataDiagnosticCodes.NegativeNumber, $"The denominator {v.Denominator} is negative.", columns.Denominator,
                "Denominators cannot be below zero; correct the denominator or leave it blank.");

        CheckLimits(v.Value, v.Lower95, v.Upper95, "95%", columns.Value, columns.Lower95, columns.Upper95, row);
        CheckLimits(v.Value, v.Lower998, v.Upper998, "99.8%", columns.Value, columns.Lower998, columns.Upper998, row);

        if (definition.Measure == MeasureType.Proportion && v.Count is { } count && v.Denominator is { } denominator
            && count > denominator + Tolerance(denominator))
            row.Error(DataDiagnosticCodes.CountAboveDenominator,
                $"The count {count} is above the denominator {denominator}, which a proportion cannot be.", columns.Count,
                "Check the two columns are not swapped and that both cover the same people and period.");
    }

    private static void CheckLimits(double? value, double? lower, double? upper, string level, string valueColumn,
        string lowerColumn, string upperColumn, RowScope row)
    {
        if (lower is { } lo && upper is { } up && lo > up + Tolerance(up))
        {
            row.Error(DataDiagnosticCodes.LimitsReversed,
                $"The lower {level} limit {lo} is above the upper {level} limit {up}.", lowerColumn,
                $"Swap the '{lowerColumn}' and '{upperColumn}' cells.");
            return;
        }
        if (value is not { } v) return;
        if (lower is { } l && v < l - Tolerance(l))
            row.Error(DataDiagnosticCodes.ValueOutsideLimits,
                $"The value {v} is below its own lower {level} limit {l}.", valueColumn,
                $"Check the value and the '{lowerColumn}' cell belong to the same row and breakdown.");
        else if (upper is { } u && v > u + Tolerance(u))
            row.Error(DataDiagnosticCodes.ValueOutsideLimits,
                $"The value {v} is above its own upper {level} limit {u}.", valueColumn,
                $"Check the value and the '{upperColumn}' cell belong to the same row and breakdown.");
    }

    // Published limits are rounded; allow for rounding in the last few significant digits.
    private static double Tolerance(double x) => 1e-9 * Math.Max(1, Math.Abs(x));
}
