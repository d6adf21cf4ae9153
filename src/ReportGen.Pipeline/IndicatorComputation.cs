using System.Globalization;
using System.Text;
using Col = ReportGen.Data.Readers.ComputeColumns;
using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Writers;
using ReportGen.Statistics;
using ReportGen.Data.Readers;

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

/// <summary>
/// The <c>compute</c> command's work: reads local counts in the tidy compute layout (data/FORMATS.md, "compute input"),
/// turns each indicator, area, period, sex and age into a value with 95% and 99.8% limits, compares it with England's
/// value for the same indicator, period, sex and age, and writes the result as a Fingertips 27-column export.
/// The formulas all live in ReportGen.Statistics; this class only reads, checks, groups and writes.
/// </summary>
public static class IndicatorComputation
{
    /// <summary>Diagnostic code: an age band that is not one of the 19 ESP2013 bands, or a band on a row that is not a DSR.</summary>
    public const string BadAgeBand = ComputeInputReader.BadAgeBand;
    /// <summary>Diagnostic code: a DSR without a row for every ESP2013 band.</summary>
    public const string MissingAgeBand = "missing-age-band";
    /// <summary>Diagnostic code: one indicator given two measures, multipliers or polarities.</summary>
    public const string InconsistentIndicator = "inconsistent-indicator";
    /// <summary>Diagnostic code: an area with no England row to compare with.</summary>
    public const string NoEnglandValue = "no-england-value";
    /// <summary>Diagnostic code: a denominator of zero.</summary>
    public const string ZeroDenominator = ComputeInputReader.ZeroDenominator;
    /// <summary>Diagnostic code: a multiplier that is zero or negative.</summary>
    public const string BadMultiplier = ComputeInputReader.BadMultiplier;

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
        var inputs = ComputeInputReader.Read(input, fileName, bag);
        if (inputs is null) return Failed(bag.Items.ToArray());

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

    /// <summary>What makes one output value: text keys compare ignoring case; periods compare by the time they cover.</summary>
    private sealed record GroupKey(string Indicator, string Area, Period Period, string Sex, string Age)
    {
        public static GroupKey Of(ComputeInputRow r) =>
            new(r.IndicatorId.ToUpperInvariant(), r.AreaCode.ToUpperInvariant(), r.Period, r.Sex.ToUpperInvariant(), r.Age.ToUpperInvariant());

        public GroupKey England => this with { Area = AreaRegistry.EnglandCode };
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Grouping and calculating

    /// <summary>A rate or proportion needs one measure, multiplier and polarity for all its rows, or its areas cannot be compared.</summary>
    private static void CheckIndicatorsAreConsistent(List<ComputeInputRow> rows, string fileName, DiagnosticBag bag)
    {
        var first = new Dictionary<string, ComputeInputRow>(StringComparer.OrdinalIgnoreCase);
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

    private static List<(GroupKey Key, List<ComputeInputRow> Rows)> Group(List<ComputeInputRow> rows)
    {
        var order = new List<(GroupKey, List<ComputeInputRow>)>();
        var byKey = new Dictionary<GroupKey, List<ComputeInputRow>>();
        foreach (var row in rows)
        {
            var key = GroupKey.Of(row);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
                order.Add((key, list));
            }
            list.Add(row);
        }
        return order;
    }

    /// <summary>The estimate for one indicator, area, period, sex and age; null (with errors) when the rows do not make one.</summary>
    private static Estimate? EstimateGroup(List<ComputeInputRow> rows, string fileName, DiagnosticBag bag)
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
        var byBand = new ComputeInputRow?[bands.Count];
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

    private static Estimate? Calculate(Func<Estimate> calculate, ComputeInputRow row, string fileName, DiagnosticBag bag)
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

    private static List<IndicatorValue> Compare(List<(GroupKey Key, List<ComputeInputRow> Rows)> groups, Dictionary<GroupKey, Estimate> estimates,
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

    private static AreaRegistry BuildAreas(List<(GroupKey Key, List<ComputeInputRow> Rows)> groups)
    {
        var registry = new AreaRegistry();
        foreach (var row in groups.SelectMany(g => g.Rows))
        {
            var code = row.AreaCode.ToUpperInvariant();
            if (registry.Contains(code)) continue;
            var type = AreaTypeNames.FromCode(code) ?? AreaType.Other;
            // The comparison is with England, so England is every other area's parent, as in a Fingertips export by indicator.
            registry.Add(new Area(code, row.AreaName ?? code, type, type == AreaType.England ? null : AreaRegistry.EnglandCode));
        }
        return registry;
    }

    private static IndicatorCatalogue BuildIndicators(List<(GroupKey Key, List<ComputeInputRow> Rows)> groups, string fileName) =>
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
