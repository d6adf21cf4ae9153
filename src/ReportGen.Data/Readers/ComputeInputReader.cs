using System.Globalization;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Statistics;
using Col = ReportGen.Data.Readers.ComputeColumns;

namespace ReportGen.Data.Readers;

/// <summary>The column headings of the compute input (data/FORMATS.md, "compute input").</summary>
public static class ComputeColumns
{
    public const string IndicatorId = "indicator_id";
    public const string IndicatorName = "indicator_name";
    public const string AreaCode = "area_code";
    public const string AreaName = "area_name";
    public const string Period = "period";
    public const string Sex = "sex";
    public const string Age = "age";
    public const string Measure = "measure";
    public const string Multiplier = "multiplier";
    public const string Polarity = "polarity";
    public const string Count = "count";
    public const string Denominator = "denominator";
    public const string AgeBand = "age_band";

    /// <summary>Every column of the compute input; all must be present (cells may be blank where FORMATS.md says so).</summary>
    public static readonly IReadOnlyList<string> InputColumns =
    [
        IndicatorId, IndicatorName, AreaCode, AreaName, Period, Sex, Age, Measure, Multiplier, Polarity, Count, Denominator, AgeBand,
    ];
}

/// <summary>One row of the compute input that passed its own checks.</summary>
public sealed record ComputeInputRow(int Line, string IndicatorId, string? IndicatorName, string AreaCode, string? AreaName, Period Period,
    string Sex, string Age, string MeasureWord, MeasureType Measure, double Multiplier, string PolarityWord, Polarity Polarity,
    double? Count, double? Denominator, int? Band)
{
    public bool IsEngland => string.Equals(AreaCode, AreaRegistry.EnglandCode, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Reads the compute input (data/FORMATS.md, "compute input"): local counts and denominators, one row per indicator,
/// area, period, sex and age (and ESP2013 age band for a directly standardised rate). Uses the same CSV reading as the
/// data folder (encoding, quoted fields, row numbers, duplicate columns) and checks every cell, reporting each problem
/// with its row, column and fix. The calculations are the compute service's (ReportGen.Pipeline.IndicatorComputation).
/// </summary>
public static class ComputeInputReader
{
    /// <summary>The measures compute can calculate, by the word the input uses (the words indicators.yaml uses).</summary>
    public static readonly IReadOnlyDictionary<string, MeasureType> MeasureNames = IndicatorCatalogue.MeasureNames
        .Where(m => m.Value is MeasureType.Proportion or MeasureType.CrudeRate or MeasureType.DirectlyStandardisedRate)
        .ToDictionary(m => m.Key, m => m.Value);

    /// <summary>Diagnostic code: an age band that is not one of the 19 ESP2013 bands, or a band on a row that is not a DSR.</summary>
    public const string BadAgeBand = "bad-age-band";
    /// <summary>Diagnostic code: a denominator of zero.</summary>
    public const string ZeroDenominator = "zero-denominator";
    /// <summary>Diagnostic code: a multiplier that is zero or negative.</summary>
    public const string BadMultiplier = "bad-multiplier";

    /// <summary>The rows that passed their checks, or null when the file has no usable header (the errors are in <paramref name="bag"/>).</summary>
    public static List<ComputeInputRow>? Read(TextReader input, string fileName, DiagnosticBag bag)
    {
        using var table = CsvTable.Read(input, fileName, bag);
        if (table is null) return null;
        var columns = new ColumnMap(table.Header);
        if (!columns.RequireAll(Col.InputColumns, fileName, bag)) return null;
        foreach (var name in table.Header.Where(h => h.Length > 0 && !Col.InputColumns.Contains(h, StringComparer.OrdinalIgnoreCase)))
            bag.Warning(DataDiagnosticCodes.UnknownColumn, $"The column '{name}' is not part of the compute input and was ignored.", fileName, 1, name,
                $"{Suggestions.DidYouMean(name, Col.InputColumns)}Known columns: {string.Join(", ", Col.InputColumns)}.");

        var index = Col.InputColumns.ToDictionary(c => c, c => columns[c]);
        var header = table.Header.Count;
        var rows = new List<ComputeInputRow>();
        foreach (var (line, cells) in table.Rows)
        {
            if (cells.Count > header && cells.Skip(header).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                bag.Error(DataDiagnosticCodes.ExtraFields, $"The row has {cells.Count} fields but the header has {header}.",
                    fileName, line, $"field {header + 1}", "A comma inside a value needs the whole value in double quotes; otherwise remove the extra fields.");
                continue;
            }
            if (new RowReader(fileName, line, cells, index, bag).Read() is { } row) rows.Add(row);
        }
        return rows;
    }

    /// <summary>Checks one row's cells, reporting every problem with its row and column.</summary>
    private sealed class RowReader(string fileName, int line, IReadOnlyList<string?> cells, IReadOnlyDictionary<string, int> index, DiagnosticBag bag)
    {
        private bool _failed;

        public ComputeInputRow? Read()
        {
            var indicatorId = Required(Col.IndicatorId, "an indicator id");
            var areaCode = Required(Col.AreaCode, "an area code");
            var periodText = Required(Col.Period, "a period");
            Period? period = null;
            if (periodText is not null && !Period.TryParse(periodText, out period))
                Error(DataDiagnosticCodes.BadPeriod, $"'{periodText}' is not a period this tool can read.", Col.Period,
                    $"Write the period in one of these forms: {Period.FormatsHelp}.");

            var measureWord = Required(Col.Measure, "a measure");
            MeasureType? measure = measureWord is null ? null : Choice(measureWord, Col.Measure, MeasureNames);
            var polarityWord = Required(Col.Polarity, "a polarity");
            Polarity? polarity = polarityWord is null ? null : Choice(polarityWord, Col.Polarity, IndicatorCatalogue.PolarityNames);

            var multiplier = Number(Col.Multiplier);
            if (Cell(Col.Multiplier) is null) Missing(Col.Multiplier, "a multiplier (100 for a percentage, 100000 for a rate per 100,000)");
            else if (multiplier is <= 0)
                Error(BadMultiplier, $"The multiplier {multiplier} must be greater than zero.", Col.Multiplier,
                    "Write 1 for a proportion, 100 for a percentage or 100000 for a rate per 100,000.");

            var count = Number(Col.Count);
            var denominator = Number(Col.Denominator);
            if (count < 0)
                Error(DataDiagnosticCodes.NegativeNumber, $"The count {count} is negative.", Col.Count,
                    "Counts cannot be below zero; correct the count (0 when there were no events).");
            if (denominator < 0)
                Error(DataDiagnosticCodes.NegativeNumber, $"The denominator {denominator} is negative.", Col.Denominator,
                    "Denominators cannot be below zero; correct the denominator.");
            else if (denominator == 0)
                Error(ZeroDenominator, "The denominator is 0, so there is nothing to divide by.", Col.Denominator,
                    "Correct the denominator, or leave count and denominator blank when there is no figure.");
            if (measure == MeasureType.Proportion && count is { } x && denominator is { } n && x > n)
                Error(DataDiagnosticCodes.CountAboveDenominator, $"The count {x} is above the denominator {n}, which a proportion cannot be.", Col.Count,
                    "Check the two columns are not swapped and that both cover the same people and period; use crude_rate if people can be counted more than once.");

            int? band = null;
            var bandText = Cell(Col.AgeBand);
            if (measure == MeasureType.DirectlyStandardisedRate)
            {
                if (bandText is null) Missing(Col.AgeBand, "an ESP2013 age band for a dsr (0-4, 5-9, ..., 85-89, 90+)");
                else band = Band(bandText);
                if (Cell(Col.Denominator) is null)
                    Missing(Col.Denominator, "the population of the age band for a dsr");
            }
            else if (bandText is not null && measure is not null)
            {
                Error(BadAgeBand, $"The row has age band '{bandText}' but its measure is {measureWord}; only dsr rows are split by age band.",
                    Col.AgeBand, "Leave age_band blank and give one row with the total count and denominator, or use measure dsr.");
            }

            if (_failed) return null;
            return new ComputeInputRow(line, indicatorId!, Cell(Col.IndicatorName), areaCode!, Cell(Col.AreaName), period!,
                Cell(Col.Sex) ?? "Persons", Cell(Col.Age) ?? "All ages", measureWord!.ToLowerInvariant(), measure!.Value, multiplier!.Value,
                polarityWord!.ToLowerInvariant(), polarity!.Value, count, denominator, band);
        }

        private string? Cell(string column)
        {
            var i = index[column];
            return i >= 0 && i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i]!.Trim() : null;
        }

        private string? Required(string column, string what)
        {
            var text = Cell(column);
            if (text is null) Missing(column, what);
            return text;
        }

        private void Missing(string column, string what) =>
            Error(DataDiagnosticCodes.MissingValue, $"The '{column}' cell is blank; this row needs {what}.", column,
                $"Fill in the '{column}' cell or delete the row.");

        private double? Number(string column)
        {
            if (Cell(column) is not { } text) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
            var fix = double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _)
                ? "Remove the thousands separators (write 12345.6, not 12,345.6)."
                : "Write a plain number with a point for decimals (or leave the cell blank when there is no figure).";
            Error(DataDiagnosticCodes.NotANumber, $"'{text}' is not a number.", column, fix);
            return null;
        }

        private T? Choice<T>(string text, string column, IReadOnlyDictionary<string, T> names) where T : struct
        {
            if (names.TryGetValue(text.ToLowerInvariant(), out var value)) return value;
            Error(DataDiagnosticCodes.BadChoice, $"'{text}' is not a {column} compute knows.", column,
                $"{Suggestions.DidYouMean(text, names.Keys)}Use one of: {string.Join(", ", names.Keys)}.");
            return null;
        }

        private int? Band(string text)
        {
            var bands = EuropeanStandardPopulation.Esp2013Bands;
            var compact = text.Replace(" ", "", StringComparison.Ordinal);
            for (int i = 0; i < bands.Count; i++)
                if (string.Equals(bands[i], compact, StringComparison.OrdinalIgnoreCase)) return i;
            Error(BadAgeBand, $"'{text}' is not one of the 19 ESP2013 age bands.", Col.AgeBand,
                $"{Suggestions.DidYouMean(compact, bands)}Use one of: {string.Join(", ", bands)}.");
            return null;
        }

        private void Error(string code, string message, string column, string fix)
        {
            _failed = true;
            bag.Error(code, message, fileName, line, column, fix);
        }
    }
}
