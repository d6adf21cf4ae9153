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
        foreach (var file in FilesIn(dataDirectory, "fingertips", "*.csv"))
            store.AddRange(fingertips.Read(file, diagnostics).Values, diagnostics, fillMissing: false, keyColumns: FingertipsKey);

        var tidyCsv = new TidyCsvReader(catalogue, areas);
        var tidyXlsx = new TidyXlsxReader(catalogue, areas);
        foreach (var file in FilesIn(dataDirectory, "tidy", "*.csv"))
            store.AddRange(tidyCsv.Read(file, diagnostics), diagnostics, keyColumns: TidyKey);
        // Excel leaves "~$name.xlsx" lock files beside open workbooks; they are not data.
        foreach (var file in FilesIn(dataDirectory, "tidy", "*.xlsx").Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)))
            store.AddRange(tidyXlsx.Read(file, diagnostics), diagnostics, keyColumns: TidyKey);

        var comparatorsPath = Path.Combine(dataDirectory, "comparators.yaml");
        if (File.Exists(comparatorsPath)) areas.LoadComparators(comparatorsPath, diagnostics);
        else diagnostics.Info(DataDiagnosticCodes.FileMissing, "There is no comparators.yaml, so no area has comparator groups.",
            comparatorsPath, fix: "Add comparators.yaml to compare areas with their statistical neighbours.");

        return new DataSet(areas, catalogue, store, diagnostics.Items);
    }

    // A repeated row is a problem of the columns that together identify a value, so those are named as its column.
    private const string TidyKey = "indicator_id, area_code, period, sex, age, category_type, category";
    private static readonly string FingertipsKey = string.Join(", ", FingertipsColumns.IndicatorId, FingertipsColumns.AreaCode,
        FingertipsColumns.TimePeriod, FingertipsColumns.Sex, FingertipsColumns.Age, FingertipsColumns.CategoryType, FingertipsColumns.Category);

    private static bool RequiredFile(string path, DiagnosticBag diagnostics)
    {
        if (File.Exists(path)) return true;
        diagnostics.Error(DataDiagnosticCodes.FileMissing, $"The file {Path.GetFileName(path)} is missing.", path,
            fix: "Every data directory needs areas.csv and indicators.yaml (see data/FORMATS.md).");
        return false;
    }

    private static IEnumerable<string> FilesIn(string dataDirectory, string folder, string pattern)
    {
        var directory = Path.Combine(dataDirectory, folder);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
