using System.Globalization;
using System.Text;
using CsvHelper;
using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Writers;
using ReportGen.Statistics;
using Col = ReportGen.Pipeline.ComputeColumns;

namespace ReportGen.Pipeline;

/// <summary>What <see cref="IndicatorComputation"/> made of an input file.</summary>
/// <param name="Values">One value per indicator, area, period, sex and age, in the order the input first names them; empty when there were errors.</param>
/// <param name="Areas">The areas the input names, for the writer (England is each other area's parent).</param>
/// <param name="Indicators">The indicators the input names, for the writer.</param>
/// <param name="Diagnostics">Every problem found, errors and warnings.</param>
public sealed record ComputedIndicators(
    IReadOnlyList<IndicatorValue> Values, AreaRegistry Areas, IndicatorCatalogue Indicators, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

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

/// <summary>
/// The <c>compute</c> command's work: reads local counts in the tidy compute layout (data/FORMATS.md, "compute input"),
/// turns each indicator, area, period, sex and age into a value with 95% and 99.8% limits, compares it with England's
/// value for the same indicator, period, sex and age, and writes the result as a Fingertips 27-column export.
/// The formulas all live in ReportGen.Statistics; this class only reads, checks, groups and writes.
/// </summary>
public static class IndicatorComputation
{
    /// <summary>The measures compute can calculate, by the word the input uses.</summary>
    public static readonly IReadOnlyDictionary<string, MeasureType> MeasureNames = new Dictionary<string, MeasureType>
    {
        ["proportion"] = MeasureType.Proportion,
        ["crude_rate"] = MeasureType.CrudeRate,
        ["dsr"] = MeasureType.DirectlyStandardisedRate,
    };

    /// <summary>Diagnostic code: an age band that is not one of the 19 ESP2013 bands, or a band on a row that is not a DSR.</summary>
    public const string BadAgeBand = "bad-age-band";
    /// <summary>Diagnostic code: a DSR without a row for every ESP2013 band.</summary>
    public const string MissingAgeBand = "missing-age-band";
    /// <summary>Diagnostic code: one indicator given two measures, multipliers or polarities.</summary>
    public const string InconsistentIndicator = "inconsistent-indicator";
    /// <summary>Diagnostic code: an area with no England row to compare with.</summary>
    public const string NoEnglandValue = "no-england-value";
    /// <summary>Diagnostic code: a denominator of zero.</summary>
    public const string ZeroDenominator = "zero-denominator";
    /// <summary>Diagnostic code: a multiplier that is zero or negative.</summary>
    public const string BadMultiplier = "bad-multiplier";

    // The columns that together identify one value, named as the column of a repeated row.
    private const string KeyColumns = "indicator_id, area_code, period, sex, age";

    /// <summary>Reads and computes a file; a file that cannot be read is an error in the result, never an exception.</summary>
    public static ComputedIndicators Compute(string inputPath)
    {
        if (!File.Exists(inputPath))
            return Failed(new Diagnostic(Severity.Error, DataDiagnosticCodes.FileMissing, "The input file does not exist.", inputPath,
                Fix: "Check the path given to --input."));
        try
        {
            using var reader = new StreamReader(inputPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return Compute(reader, inputPath);
        }
        catch (IOException e)
        {
            return Failed(new Diagnostic(Severity.Error, DataDiagnosticCodes.FileUnreadable, $"The input file could not be read: {e.Message}",
                inputPath, Fix: "Close the file in any program that has it open and check it can be read."));
        }
        catch (UnauthorizedAccessException e)
        {
            return Failed(new Diagnostic(Severity.Error, DataDiagnosticCodes.FileUnreadable, $"The input file could not be read: {e.Message}",
                inputPath, Fix: "Check the file's permissions."));
        }
    }

    /// <summary>Reads and computes CSV text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public static ComputedIndicators Compute(TextReader input, string fileName)
    {
        var bag = new DiagnosticBag();
        var table = ReadTable(input, fileName, bag);
        if (table is null || !CheckHeader(table.Value.Header, fileName, bag)) return Failed(bag.Items.ToArray());

        var (header, rows) = table.Value;
        var index = Col.InputColumns.ToDictionary(c => c, c => IndexOf(header, c));
        var inputs = new List<InputRow>();
        foreach (var (line, cells) in rows)
        {
            if (cells.Count > header.Count && cells.Skip(header.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                bag.Error(DataDiagnosticCodes.ExtraFields, $"The row has {cells.Count} fields but the header has {header.Count}.",
                    fileName, line, $"field {header.Count + 1}", "A comma inside a value needs the whole value in double quotes; otherwise remove the extra fields.");
                continue;
            }
            var row = new RowReader(fileName, line, cells, index, bag).Read();
            if (row is not null) inputs.Add(row);
        }

        CheckIndicatorsAreConsistent(inputs, fileName, bag);
        var groups = Group(inputs);
        var estimates = new Dictionary<GroupKey, Estimate>();
        foreach (var (key, group) in groups)
            if (EstimateGroup(group, fileName, bag) is { } e) estimates[key] = e;

        if (bag.HasErrors) return Failed(bag.Items.ToArray());
        var values = Compare(groups, estimates, fileName, bag);
        return new ComputedIndicators(values, BuildAreas(groups), BuildIndicators(groups, fileName), bag.Items);
    }

    /// <summary>
    /// Writes the values as a Fingertips export. The file appears complete or not at all: it is written beside the
    /// target under a temporary name and then moved over it, so a failure never leaves half a file.
    /// </summary>
    public static void WriteAtomically(ComputedIndicators result, string outputPath)
    {
        var full = Path.GetFullPath(outputPath);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            new FingertipsCsvWriter(result.Areas, result.Indicators).Write(temp, result.Values);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static ComputedIndicators Failed(params Diagnostic[] diagnostics) =>
        new([], new AreaRegistry(), new IndicatorCatalogue(), diagnostics);

    // ----------------------------------------------------------------------------------------------------------------
    // Reading

    private static (IReadOnlyList<string> Header, List<(int Line, IReadOnlyList<string?> Cells)> Rows)? ReadTable(
        TextReader input, string fileName, DiagnosticBag bag)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            OnMalformedRecord = bad => bag.Add(new Diagnostic(
                bad.Reason == CsvMalformedReason.StrayQuote ? Severity.Warning : Severity.Error, DataDiagnosticCodes.FileUnreadable,
                bad.Reason == CsvMalformedReason.UnterminatedQuote ? "A quoted field is never closed." : "A double quote is out of place in a field.",
                fileName, (int)bad.RecordNumber, Fix: "Put the whole field in double quotes and write each quote inside it twice (\"\").")),
        };
        using var csv = CsvReader.Create(input, options, leaveOpen: true);
        var header = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF').Trim()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            bag.Error(DataDiagnosticCodes.FileUnreadable, "The file is empty; a header row was expected.", fileName, 1, null,
                $"Start the file with the header: {string.Join(",", Col.InputColumns)}.");
            return null;
        }
        var rows = new List<(int, IReadOnlyList<string?>)>();
        while (csv.Read())
        {
            var cells = new string?[csv.FieldCount];
            for (int i = 0; i < cells.Length; i++) cells[i] = csv.GetString(i);
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            // The header is row 1, so data record n is spreadsheet row n + 1.
            rows.Add(((int)csv.RowNumber + 1, cells));
        }
        return (header, rows);
    }

    private static bool CheckHeader(IReadOnlyList<string> header, string fileName, DiagnosticBag bag)
    {
        bool ok = true;
        var found = string.Join(", ", header.Select(h => $"'{h}'"));
        foreach (var column in Col.InputColumns.Where(c => IndexOf(header, c) < 0))
        {
            ok = false;
            var near = Suggestions.Closest(column, header.Where(h => IndexOf(Col.InputColumns, h) < 0));
            bag.Error(DataDiagnosticCodes.MissingColumn, $"The required column '{column}' is missing. Columns found: {found}.", fileName, 1, column,
                near is null ? $"Add a column headed '{column}' (it may be left blank where data/FORMATS.md allows)."
                    : $"Rename the column '{near}' to '{column}'.");
        }
        foreach (var name in header.Where(h => h.Length > 0 && IndexOf(Col.InputColumns, h) < 0))
            bag.Warning(DataDiagnosticCodes.UnknownColumn, $"The column '{name}' is not part of the compute input and was ignored.", fileName, 1, name,
                $"{Suggestions.DidYouMean(name, Col.InputColumns)}Known columns: {string.Join(", ", Col.InputColumns)}.");
        return ok;
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (int i = 0; i < header.Count; i++)
            if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>One input row that passed its own checks.</summary>
    private sealed record InputRow(int Line, string IndicatorId, string? IndicatorName, string AreaCode, string? AreaName, Period Period,
        string Sex, string Age, string MeasureWord, MeasureType Measure, double Multiplier, string PolarityWord, Polarity Polarity,
        double? Count, double? Denominator, int? Band)
    {
        public GroupKey Key => new(IndicatorId.ToUpperInvariant(), AreaCode.ToUpperInvariant(), Period, Sex.ToUpperInvariant(), Age.ToUpperInvariant());
        public bool IsEngland => string.Equals(AreaCode, AreaRegistry.EnglandCode, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What makes one output value: text keys compare ignoring case; periods compare by the time they cover.</summary>
    private sealed record GroupKey(string Indicator, string Area, Period Period, string Sex, string Age)
    {
        public GroupKey England => this with { Area = AreaRegistry.EnglandCode };
    }

    /// <summary>Checks one row's cells, reporting every problem with its row and column.</summary>
    private sealed class RowReader(string fileName, int line, IReadOnlyList<string?> cells, IReadOnlyDictionary<string, int> index, DiagnosticBag bag)
    {
        private bool _failed;

        public InputRow? Read()
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
            return new InputRow(line, indicatorId!, Cell(Col.IndicatorName), areaCode!, Cell(Col.AreaName), period!,
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

    // ----------------------------------------------------------------------------------------------------------------
    // Grouping and calculating

    /// <summary>A rate or proportion needs one measure, multiplier and polarity for all its rows, or its areas cannot be compared.</summary>
    private static void CheckIndicatorsAreConsistent(List<InputRow> rows, string fileName, DiagnosticBag bag)
    {
        var first = new Dictionary<string, InputRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (!first.TryGetValue(row.IndicatorId, out var earlier)) { first[row.IndicatorId] = row; continue; }
            void Differs(string column, string mine, string theirs) =>
                bag.Error(InconsistentIndicator,
                    $"Indicator '{row.IndicatorId}' has {column} '{mine}' here but '{theirs}' on row {earlier.Line}.", fileName, row.Line, column,
                    $"Give every row of one indicator the same {column}, or give rows with a different {column} their own indicator_id.");
            if (row.Measure != earlier.Measure) Differs(Col.Measure, row.MeasureWord, earlier.MeasureWord);
            if (row.Multiplier != earlier.Multiplier)
                Differs(Col.Multiplier, row.Multiplier.ToString("R", CultureInfo.InvariantCulture), earlier.Multiplier.ToString("R", CultureInfo.InvariantCulture));
            if (row.Polarity != earlier.Polarity) Differs(Col.Polarity, row.PolarityWord, earlier.PolarityWord);
        }
    }

    private static List<(GroupKey Key, List<InputRow> Rows)> Group(List<InputRow> rows)
    {
        var order = new List<(GroupKey, List<InputRow>)>();
        var byKey = new Dictionary<GroupKey, List<InputRow>>();
        foreach (var row in rows)
        {
            if (!byKey.TryGetValue(row.Key, out var list))
            {
                byKey[row.Key] = list = [];
                order.Add((row.Key, list));
            }
            list.Add(row);
        }
        return order;
    }

    /// <summary>The estimate for one indicator, area, period, sex and age; null (with errors) when the rows do not make one.</summary>
    private static Estimate? EstimateGroup(List<InputRow> rows, string fileName, DiagnosticBag bag)
    {
        var first = rows[0];
        string What() => $"indicator '{first.IndicatorId}', area {first.AreaCode}, period {first.Period.Label}, sex {first.Sex}, age {first.Age}";
        if (rows.Any(r => r.Measure != first.Measure)) return null;   // already reported as inconsistent

        if (first.Measure != MeasureType.DirectlyStandardisedRate)
        {
            foreach (var repeat in rows.Skip(1))
                bag.Error(DataDiagnosticCodes.DuplicateRow, $"This row repeats row {first.Line}: same {What()}.", fileName, repeat.Line, KeyColumns,
                    "Delete one of the two rows, or correct its area_code, period, sex or age.");
            return rows.Count > 1 ? null : Calculate(() => first.Measure == MeasureType.Proportion
                ? Proportions.Wilson(first.Count, first.Denominator, first.Multiplier)
                : CrudeRates.Rate(first.Count, first.Denominator, first.Multiplier), first, fileName, bag);
        }

        var bands = EuropeanStandardPopulation.Esp2013Bands;
        var byBand = new InputRow?[bands.Count];
        bool ok = true;
        foreach (var row in rows)
        {
            var band = row.Band!.Value;
            if (byBand[band] is { } earlier)
            {
                ok = false;
                bag.Error(DataDiagnosticCodes.DuplicateRow, $"Age band {bands[band]} is given twice for {What()}: here and on row {earlier.Line}.",
                    fileName, row.Line, Col.AgeBand, "Keep one row per age band: delete one, or correct its age_band, area_code or period.");
            }
            else byBand[band] = row;
        }
        var missing = Enumerable.Range(0, bands.Count).Where(i => byBand[i] is null).Select(i => bands[i]).ToList();
        if (missing.Count > 0)
        {
            ok = false;
            bag.Error(MissingAgeBand, $"The dsr for {What()} has no row for age band(s) {string.Join(", ", missing)}; all 19 ESP2013 bands are needed.",
                fileName, first.Line, Col.AgeBand, "Add a row for each missing band, with count 0 when there were no events and the band's population as denominator.");
        }
        if (!ok) return null;
        // A blank count in a band is read as no events, as PHEindicatormethods does.
        return Calculate(() => DirectlyStandardisedRates.Dobson(
            byBand.Select(r => r!.Count).ToList(), byBand.Select(r => r!.Denominator!.Value).ToList(), multiplier: first.Multiplier), first, fileName, bag);
    }

    private static Estimate? Calculate(Func<Estimate> calculate, InputRow row, string fileName, DiagnosticBag bag)
    {
        try
        {
            return calculate();
        }
        catch (ArgumentException e)
        {
            // The row checks should stop every input the statistics code refuses; this keeps any that slips through a listed error.
            bag.Error(DataDiagnosticCodes.ComputeFailed, e.Message, fileName, row.Line, Col.Count, "Correct the count and denominator of this row.");
            return null;
        }
    }

    private static List<IndicatorValue> Compare(List<(GroupKey Key, List<InputRow> Rows)> groups, Dictionary<GroupKey, Estimate> estimates,
        string fileName, DiagnosticBag bag)
    {
        var values = new List<IndicatorValue>();
        foreach (var (key, rows) in groups)
        {
            var first = rows[0];
            var estimate = estimates[key];
            var outcome = ComparisonOutcome.NotCompared;
            if (!first.IsEngland)
            {
                if (estimates.TryGetValue(key.England, out var england))
                    outcome = BenchmarkComparison.Compare(estimate, england.Value, first.Polarity);
                else if (estimate.Value is not null)
                    bag.Warning(NoEnglandValue,
                        $"There is no England ({AreaRegistry.EnglandCode}) row for indicator '{first.IndicatorId}', period {first.Period.Label}, " +
                        $"sex {first.Sex}, age {first.Age}, so area {first.AreaCode} is written as 'Not compared'.", fileName, first.Line, Col.AreaCode,
                        "Add England's count and denominator for the same indicator, period, sex and age to compare with England.");
            }
            values.Add(new IndicatorValue
            {
                IndicatorId = first.IndicatorId,
                AreaCode = first.AreaCode.ToUpperInvariant(),
                Period = first.Period,
                Sex = first.Sex,
                Age = first.Age,
                Count = first.Measure == MeasureType.DirectlyStandardisedRate ? rows.Sum(r => r.Count ?? 0) : first.Count,
                Denominator = first.Measure == MeasureType.DirectlyStandardisedRate ? rows.Sum(r => r.Denominator!.Value) : first.Denominator,
                Value = estimate.Value,
                Lower95 = estimate.Lower95,
                Upper95 = estimate.Upper95,
                Lower998 = estimate.Lower998,
                Upper998 = estimate.Upper998,
                ValueNote = estimate.Note,
                // Written to "Compared to England value or percentiles"; here it is calculated, not published.
                PublishedComparisonWithEngland = outcome,
                Source = new SourceLocation(fileName, first.Line),
            });
        }
        return values;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // What the writer needs to know about areas and indicators

    private static AreaRegistry BuildAreas(List<(GroupKey Key, List<InputRow> Rows)> groups)
    {
        var registry = new AreaRegistry();
        foreach (var row in groups.SelectMany(g => g.Rows))
        {
            var code = row.AreaCode.ToUpperInvariant();
            if (registry.Contains(code)) continue;
            var type = TypeFromCode(code);
            // The comparison is with England, so England is every other area's parent, as in a Fingertips export by indicator.
            registry.Add(new Area(code, row.AreaName ?? code, type, type == AreaType.England ? null : AreaRegistry.EnglandCode));
        }
        return registry;
    }

    // The prefixes of English GSS codes (as AreaTypeNames in ReportGen.Data reads them); anything else is written as "Other".
    private static AreaType TypeFromCode(string code) => code.Length < 3 ? AreaType.Other : code[..3] switch
    {
        "E92" => AreaType.England,
        "E12" => AreaType.Region,
        "E10" => AreaType.County,
        "E07" => AreaType.District,
        "E06" or "E08" or "E09" => AreaType.Unitary,
        _ => AreaType.Other,
    };

    private static IndicatorCatalogue BuildIndicators(List<(GroupKey Key, List<InputRow> Rows)> groups, string fileName) =>
        new(groups.Select(g => g.Rows[0]).DistinctBy(r => r.IndicatorId, StringComparer.OrdinalIgnoreCase).Select(r => new IndicatorDefinition
        {
            Id = r.IndicatorId,
            Name = groups.SelectMany(g => g.Rows).Where(x => string.Equals(x.IndicatorId, r.IndicatorId, StringComparison.OrdinalIgnoreCase))
                .Select(x => x.IndicatorName).FirstOrDefault(n => n is not null) ?? r.IndicatorId,
            Measure = r.Measure,
            Multiplier = r.Multiplier,
            Polarity = r.Polarity,
            Source = Path.GetFileName(fileName),
            // A numeric id is taken to be the Fingertips indicator number, so the export carries it as Fingertips does.
            FingertipsId = int.TryParse(r.IndicatorId, NumberStyles.None, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : null,
        }));
}
