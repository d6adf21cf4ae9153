using System.Globalization;
using ReportGen.Data.Diagnostics;
using Heading = ReportGen.Data.Readers.FingertipsColumns;

namespace ReportGen.Data.Readers;

/// <summary>
/// Keeps one "Time period range" per indicator in a Fingertips export. Since 2022 an export can hold the same
/// indicator for several ranges (1-year and pooled 3-year values, say); mixed in one series they would read as one
/// trend. The range to keep is the indicator's <c>fingertips_time_period_range</c> in indicators.yaml; without one,
/// the range most rows have is kept and a warning asks for a choice. Exports without the column (the older
/// 26-column layout) are read whole.
/// </summary>
internal static class FingertipsRangeFilter
{
    /// <summary>The code of the note (or warning) about rows skipped for their time period range.</summary>
    public const string Code = "time-period-range-skipped";

    public static IReadOnlyList<TableRow> Apply(IReadOnlyList<TableRow> rows, ColumnMap columns, IndicatorCatalogue catalogue,
        string fileName, DiagnosticBag diagnostics)
    {
        var rangeColumn = columns[Heading.TimePeriodRange];
        var idColumn = columns[Heading.IndicatorId];
        if (rangeColumn < 0 || idColumn < 0) return rows;

        // Fingertips id text -> range -> rows, in the order met.
        var byIndicator = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (row[idColumn] is not { } id || row[rangeColumn] is not { } range) continue;
            if (!byIndicator.TryGetValue(id, out var counts)) byIndicator[id] = counts = new(StringComparer.OrdinalIgnoreCase);
            counts[range] = counts.GetValueOrDefault(range) + 1;
        }

        var keep = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, counts) in byIndicator)
        {
            var definition = int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? catalogue.GetByFingertipsId(number) : catalogue.Get(id);
            if (definition is null) continue;   // the reader notes unknown indicators itself
            var chosen = definition.FingertipsTimePeriodRange;
            if (chosen is null && counts.Count == 1) continue;
            if (chosen is null)
            {
                chosen = counts.OrderByDescending(c => c.Value).First().Key;
                diagnostics.Warning(Code,
                    $"Indicator {definition.Id} ({id}) has rows for {counts.Count} time period ranges ({string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value} rows"))}); " +
                    $"only the '{chosen}' rows are read, so one series does not mix them.",
                    fileName, null, Heading.TimePeriodRange,
                    $"Choose the range in indicators.yaml with 'fingertips_time_period_range: {chosen}' under '{definition.Id}'.");
            }
            else
            {
                var skipped = counts.Where(c => !c.Key.Equals(chosen, StringComparison.OrdinalIgnoreCase)).Sum(c => c.Value);
                if (skipped > 0)
                    diagnostics.Info(Code,
                        $"Indicator {definition.Id} ({id}): {skipped} row(s) with a time period range other than '{chosen}' (fingertips_time_period_range) were skipped.",
                        fileName, null, Heading.TimePeriodRange, "Nothing to do; change fingertips_time_period_range in indicators.yaml to read another range.");
                if (!counts.ContainsKey(chosen))
                    diagnostics.Warning(Code,
                        $"Indicator {definition.Id} ({id}) has no rows with the time period range '{chosen}' that indicators.yaml chooses; it has {string.Join(", ", counts.Keys)}.",
                        fileName, null, Heading.TimePeriodRange, $"Set fingertips_time_period_range under '{definition.Id}' to one of: {string.Join(", ", counts.Keys)}.");
            }
            keep[id] = chosen;
        }
        if (keep.Count == 0) return rows;
        return rows.Where(r => r[idColumn] is not { } id || !keep.TryGetValue(id, out var range) || r[rangeColumn] is not { } own
            || own.Equals(range, StringComparison.OrdinalIgnoreCase)).ToList();
    }
}
