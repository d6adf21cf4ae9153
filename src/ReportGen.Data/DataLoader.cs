using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Readers;

namespace ReportGen.Data;

/// <summary>Reads a whole data directory (data/FORMATS.md) into a <see cref="DataSet"/>.</summary>
public static class DataLoader
{
    /// <summary>
    /// Reads areas.csv, indicators.yaml, every fingertips/*.csv, tidy/*.csv and tidy/*.xlsx, then comparators.yaml
    /// (last, so its codes can name areas that only the exports list). Files in each folder are read in name order.
    /// A tidy row that a Fingertips export also holds (same indicator, area, period, sex, age and category) is
    /// replaced by the export's row, with one note per indicator; tidy rows no export holds are kept, so a partial
    /// download (one area type failed) never drops an area's values. A row that two exports both hold with the same
    /// numbers is read once.
    /// Data problems never throw: they are all in <see cref="DataSet.Diagnostics"/>.
    /// </summary>
    /// <param name="dataDirectory">The directory holding the files, usually "data".</param>
    /// <param name="fillMissing">
    /// Optional hook that computes a missing value or missing limits of a tidy row from its count and denominator;
    /// published Fingertips values are never changed. See <see cref="IndicatorStore"/>.
    /// </param>
    public static DataSet Load(string dataDirectory, Func<IndicatorDefinition, IndicatorValue, IndicatorValue>? fillMissing = null)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(dataDirectory))
        {
            diagnostics.Error(DataDiagnosticCodes.FileMissing, $"The data directory '{dataDirectory}' does not exist.",
                fix: "Run the command from the project folder, or give the path of the data directory.");
            var empty = new IndicatorCatalogue();
            return new DataSet(new AreaRegistry(), empty, new IndicatorStore(empty, fillMissing), diagnostics.Items);
        }

        var areasPath = Path.Combine(dataDirectory, "areas.csv");
        var areas = RequiredFile(areasPath, diagnostics) ? AreaRegistry.Load(areasPath, diagnostics) : new AreaRegistry();
        var indicatorsPath = Path.Combine(dataDirectory, "indicators.yaml");
        var catalogue = RequiredFile(indicatorsPath, diagnostics) ? IndicatorCatalogue.Load(indicatorsPath, diagnostics) : new IndicatorCatalogue();
        var store = new IndicatorStore(catalogue, fillMissing);

        var fingertips = new FingertipsCsvReader(catalogue, areas);
        var fromExports = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);   // indicator id -> first export file
        var exportFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in FilesIn(dataDirectory, "fingertips", "*.csv"))
        {
            var values = fingertips.Read(file, diagnostics).Values;
            store.AddRange(values.Where(v => !RepeatsAnotherExport(store, v, file)), diagnostics, fillMissing: false, keyColumns: FingertipsKey);
            foreach (var v in values) fromExports.TryAdd(v.IndicatorId, file);
            exportFiles.Add(file);
        }

        var tidyCsv = new TidyCsvReader(catalogue, areas);
        var tidyXlsx = new TidyXlsxReader(catalogue, areas);
        var replaced = new Dictionary<string, ReplacedRows>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in FilesIn(dataDirectory, "tidy", "*.csv"))
            store.AddRange(NotInExports(tidyCsv.Stream(file, diagnostics), store, exportFiles, fromExports, replaced), diagnostics, keyColumns: TidyKey);
        // Excel leaves "~$name.xlsx" lock files beside open workbooks; they are not data.
        foreach (var file in FilesIn(dataDirectory, "tidy", "*.xlsx").Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)))
            store.AddRange(NotInExports(tidyXlsx.Read(file, diagnostics), store, exportFiles, fromExports, replaced), diagnostics, keyColumns: TidyKey);
        foreach (var (indicator, r) in replaced)
            diagnostics.Info(TidyRowsReplaced,
                $"Indicator {indicator}: {r.Replaced} tidy row(s) were replaced by the same rows of the Fingertips export(s) " +
                $"({Path.GetFileName(fromExports[indicator])}{(r.Files.Count > 1 ? $" and {r.Files.Count - 1} more" : "")}); " +
                $"{r.Kept} tidy row(s) that no export holds were kept.",
                r.File, r.Line, fix: "Nothing to do. To use the tidy rows instead, remove the indicator's files from fingertips/.");

        var comparatorsPath = Path.Combine(dataDirectory, "comparators.yaml");
        if (File.Exists(comparatorsPath) || Directory.Exists(comparatorsPath)) areas.LoadComparators(comparatorsPath, diagnostics);
        else diagnostics.Info(DataDiagnosticCodes.FileMissing, "There is no comparators.yaml, so no area has comparator groups.",
            comparatorsPath, fix: "Add comparators.yaml to compare areas with their statistical neighbours.");

        return new DataSet(areas, catalogue, store, DiagnosticDigest.SuppressFollowOns(diagnostics.Items));
    }

    /// <summary>
    /// The code of the note saying that an indicator's tidy rows were skipped because a Fingertips export provides
    /// it: an export and sample rows for the same indicator would otherwise collide as repeated rows.
    /// </summary>
    public const string TidyRowsReplaced = "tidy-rows-replaced";

    /// <summary>
    /// True when an export row repeats, number for number, a row already read from a different export file. Exports
    /// of one indicator for several area types overlap (each has England; unitary authorities are in both the
    /// upper- and lower-tier ones), so such a row is read once. A repeat with different numbers is left for the
    /// store to report; so is a repeat within one file.
    /// </summary>
    private static bool RepeatsAnotherExport(IndicatorStore store, IndicatorValue v, string file)
    {
        var earlier = store.At(v.IndicatorId, v.AreaCode, v.Period, v.Sex, v.Age, v.CategoryType, v.Category);
        return earlier?.Source is { } source && source.File != file
            && earlier.Value == v.Value && earlier.Lower95 == v.Lower95 && earlier.Upper95 == v.Upper95
            && earlier.Lower998 == v.Lower998 && earlier.Upper998 == v.Upper998
            && earlier.Count == v.Count && earlier.Denominator == v.Denominator;
    }

    /// <summary>How many tidy rows of one indicator exports replaced, and how many were kept; the first replaced row's place.</summary>
    private sealed class ReplacedRows
    {
        public string? File;
        public int? Line;
        public int Replaced;
        public int Kept;
        public readonly HashSet<string> Files = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// Passes on the tidy values no export holds; a tidy value whose exact row (indicator, area, period, sex, age,
    /// category) an export already put in <paramref name="store"/> is left out and counted in <paramref name="replaced"/>.
    /// Only what was downloaded and checked replaces anything: an export of the regions alone leaves every
    /// authority's tidy rows in place.
    /// </summary>
    private static IEnumerable<IndicatorValue> NotInExports(IEnumerable<IndicatorValue> values, IndicatorStore store,
        HashSet<string> exportFiles, Dictionary<string, string> fromExports, Dictionary<string, ReplacedRows> replaced)
    {
        foreach (var v in values)
        {
            if (!fromExports.ContainsKey(v.IndicatorId)) { yield return v; continue; }
            if (!replaced.TryGetValue(v.IndicatorId, out var r)) replaced[v.IndicatorId] = r = new ReplacedRows();
            var held = store.At(v.IndicatorId, v.AreaCode, v.Period, v.Sex, v.Age, v.CategoryType, v.Category);
            if (held?.Source?.File is { } file && exportFiles.Contains(file))
            {
                if (r.Replaced++ == 0) (r.File, r.Line) = (v.Source?.File, v.Source?.Line);
                r.Files.Add(file);
                continue;
            }
            r.Kept++;
            yield return v;
        }
    }

    // A repeated row is a problem of the columns that together identify a value, so those are named as its column.
    private const string TidyKey = "indicator_id, area_code, period, sex, age, category_type, category";
    private static readonly string FingertipsKey = string.Join(", ", FingertipsColumns.IndicatorId, FingertipsColumns.AreaCode,
        FingertipsColumns.TimePeriod, FingertipsColumns.Sex, FingertipsColumns.Age, FingertipsColumns.CategoryType, FingertipsColumns.Category);

    private static bool RequiredFile(string path, DiagnosticBag diagnostics)
    {
        if (File.Exists(path)) return true;
        if (Directory.Exists(path))
        {
            diagnostics.Error(DataDiagnosticCodes.NotAFile, $"{Path.GetFileName(path)} is a folder, but it must be a file.", path,
                fix: $"Remove or rename the folder and put the {Path.GetFileName(path)} file there (see data/FORMATS.md).");
            return false;
        }
        diagnostics.Error(DataDiagnosticCodes.FileMissing, $"The file {Path.GetFileName(path)} is missing.", path,
            fix: "Every data directory needs areas.csv and indicators.yaml (see data/FORMATS.md).");
        return false;
    }

    private static IEnumerable<string> FilesIn(string dataDirectory, string folder, string pattern)
    {
        var directory = Path.Combine(dataDirectory, folder);
        // A folder named like a data file is listed too, so it is reported rather than silently skipped.
        return Directory.Exists(directory)
            ? Directory.EnumerateFileSystemEntries(directory, pattern).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
