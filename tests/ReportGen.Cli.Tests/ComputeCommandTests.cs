using System.Globalization;
using System.Text;
using CsvHelper;
using ReportGen.Pipeline;
using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Data.Diagnostics;
using ReportGen.Statistics;

namespace ReportGen.Cli.Tests;

/// <summary>
/// <c>reportgen compute</c> against the PHEindicatormethods expected results (reference §3.8): Wilson proportions,
/// crude rates (exact Poisson below 10 events, Byar's from 10) and Dobson DSRs built from the testdata_big, small and
/// tiny age-band inputs; and its refusal of bad input.
/// </summary>
public class ComputeCommandTests
{
    private const string Header = "indicator_id,indicator_name,area_code,area_name,period,sex,age,measure,multiplier,polarity,count,denominator,age_band";

    private static readonly string[] FingertipsHeader =
    [
        "Indicator ID", "Indicator Name", "Parent Code", "Parent Name", "Area Code", "Area Name", "Area Type", "Sex", "Age",
        "Category Type", "Category", "Time period", "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Lower CI 99.8 limit",
        "Upper CI 99.8 limit", "Count", "Denominator", "Value note", "Recent Trend", "Compared to England value or percentiles",
        "Column not used", "Time period Sortable", "New data", "Compared to goal", "Time period range",
    ];

    private const string England = "E92000001";
    private const string Cambridgeshire = "E10000003";
    private const string Peterborough = "E06000031";
    private const string Hertfordshire = "E10000015";

    /// <summary>value, L95, U95, L99.8, U99.8.</summary>
    private sealed record Expected(double Value, double Lower95, double Upper95, double Lower998, double Upper998);

    // PHEindicatormethods phe_proportion (Wilson) vectors W5, W2 and W4, as percentages (multiplier 100).
    private static readonly Expected W5 = Percent(0.2890625, 0.27418951080009873, 0.30440389662818057, 0.26583995768074953, 0.31344754492799848);
    private static readonly Expected W2 = Percent(0.65, 0.55254443296887967, 0.73635751756902468, 0.49549465740704313, 0.77835406140896968);
    private static readonly Expected W4 = Percent(6.9051321928460335E-2, 6.0791690363636595E-2, 7.8339566813836331E-2, 5.647101964624248E-2, 8.4184141852701344E-2);

    // phe_rate per 100,000: R4 and R3 are Byar's, R2 and R1 (5 and 1 events) exact Poisson.
    private static readonly Expected R4 = new(6905.1321928460338, 6026.5748776526743, 7875.7293708718507, 5560.7376952598534, 8461.0466817334109);
    private static readonly Expected R2 = new(5000, 1623.4863901184199, 11668.332079322669, 739.37173191783893, 16454.745203680104);
    private static readonly Expected R1 = new(1000, 25.317807984289896, 5571.6433909388979, 1.0005003335835343, 9233.4134764515857);
    private static readonly Expected R3 = new(20000, 12211.428834875936, 30889.880369197064, 8922.8023651441927, 38085.035625041914);

    // calculate_dsr per 100,000 with ESP2013: D1 testdata_big (895 events), D2 testdata_small (91 events).
    private static readonly Expected D1 = new(10430.247991469423, 9717.709067985681, 11178.94091547925, 9323.2878802199029, 11620.595999522058);
    private static readonly Expected D2 = new(1103.212025300104, 877.455767536709, 1367.0882227251795, 763.64203579398793, 1530.0328948244762);

    private static Expected Percent(double v, double l95, double u95, double l998, double u998) =>
        new(v * 100, l95 * 100, u95 * 100, l998 * 100, u998 * 100);

    /// <summary>
    /// Three indicators for England and three areas: a percentage where high is bad, a crude rate with no judgement, and a
    /// DSR where high is good over two years (England is testdata_big in 2022/23 and testdata_small in 2023/24).
    /// </summary>
    private static string SampleInput()
    {
        var csv = new StringBuilder(Header).Append('\n');
        void Row(string id, string name, string area, string areaName, string period, string age, string measure, string multiplier,
            string polarity, string count, string denominator, string band = "") =>
            csv.Append($"{id},\"{name}\",{area},{areaName},{period},,{age},{measure},{multiplier},{polarity},{count},{denominator},{band}\n");

        void Proportion(string area, string name, string x, string n) =>
            Row("93532", "Dependent drinkers not in treatment (%)", area, name, "2022/23", "18+ yrs", "proportion", "100", "higher_is_worse", x, n);
        Proportion(England, "England", "999", "3456");
        Proportion(Cambridgeshire, "Cambridgeshire", "65", "100");
        Proportion(Peterborough, "Peterborough", "222", "3215");
        Proportion(Hertfordshire, "Hertfordshire", "30", "100");

        void Rate(string area, string name, string x, string n) =>
            Row("campylobacter_rate", "Campylobacter incidence rate per 100,000", area, name, "2023", "", "crude_rate", "100000", "no_judgement", x, n);
        Rate(England, "England", "222", "3215");
        Rate(Cambridgeshire, "Cambridgeshire", "5", "100");
        Rate(Peterborough, "Peterborough", "1", "100");
        Rate(Hertfordshire, "Hertfordshire", "20", "100");

        void Dsr(string area, string name, string period, string testArea)
        {
            foreach (var (band, count, population) in DsrBands(testArea))
                Row("alcohol_admissions", "Admissions for alcohol-specific conditions", area, name, period, "", "dsr", "100000", "higher_is_better",
                    count, population, band);
        }
        Dsr(England, "England", "2022/23", "testdata_big");
        Dsr(Cambridgeshire, "Cambridgeshire", "2022/23", "testdata_small");
        Dsr(Peterborough, "Peterborough", "2022/23", "testdata_big");
        Dsr(Hertfordshire, "Hertfordshire", "2022/23", "testdata_tiny");
        Dsr(England, "England", "2023/24", "testdata_small");
        Dsr(Cambridgeshire, "Cambridgeshire", "2023/24", "testdata_big");
        return csv.ToString();
    }

    /// <summary>
    /// The 19 bands of one PHEindicatormethods test area. Bands are labelled from their index: the source spells band 12
    /// "55-69", a typo for 55-59.
    /// </summary>
    private static IEnumerable<(string Band, string Count, string Population)> DsrBands(string testArea)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "pheim_testdata_dsr_inputs.csv"));
        var head = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(head, name);
        var rows = lines.Skip(1).Select(l => l.Split(',')).Where(c => c[Col("area")] == testArea).ToList();
        Assert.Equal(19, rows.Count);
        return rows.Select(c => (EuropeanStandardPopulation.Esp2013Bands[int.Parse(c[Col("ageband_index")], CultureInfo.InvariantCulture) - 1],
            c[Col("count")], c[Col("pop")]));
    }

    private static (string[] Header, List<Dictionary<string, string?>> Rows) ReadOutput(string path)
    {
        using var text = new StreamReader(path);
        using var csv = CsvReader.Create(text, new CsvReaderOptions { Separator = ',', HasHeader = true }, leaveOpen: true);
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string?>>();
        while (csv.Read())
            rows.Add(header.Select((h, i) => (h, v: i < csv.FieldCount ? csv.GetString(i) : null))
                .ToDictionary(p => p.h, p => string.IsNullOrEmpty(p.v) ? null : p.v));
        return (header, rows);
    }

    private static Dictionary<string, string?> Find(List<Dictionary<string, string?>> rows, string indicator, string area, string period) =>
        Assert.Single(rows, r => r["Indicator ID"] == indicator && r["Area Code"] == area && r["Time period"] == period);

    private static void AssertClose(double expected, string? actual, string what)
    {
        Assert.NotNull(actual);
        var value = double.Parse(actual!, CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(value - expected) <= 1e-6 * Math.Abs(expected), $"{what}: expected {expected:R}, got {value:R}");
    }

    private static void AssertRow(Dictionary<string, string?> row, Expected e, string label)
    {
        var what = $"{row["Indicator ID"]} {row["Area Code"]} {row["Time period"]}";
        AssertClose(e.Value, row["Value"], $"{what} value");
        AssertClose(e.Lower95, row["Lower CI 95.0 limit"], $"{what} lower 95%");
        AssertClose(e.Upper95, row["Upper CI 95.0 limit"], $"{what} upper 95%");
        AssertClose(e.Lower998, row["Lower CI 99.8 limit"], $"{what} lower 99.8%");
        AssertClose(e.Upper998, row["Upper CI 99.8 limit"], $"{what} upper 99.8%");
        Assert.Equal(label, row["Compared to England value or percentiles"]);
    }

    [Fact]
    public void Computes_proportions_crude_rates_and_dsrs_as_PHEindicatormethods_and_compares_them_with_England()
    {
        using var folder = new TempFolder();
        var input = folder.Write("counts.csv", SampleInput());
        var output = folder.File("indicators.csv");

        var run = InProcessCli.Run("compute", "--input", input, "--output", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("error", run.Error);
        var (header, rows) = ReadOutput(output);
        Assert.Equal(FingertipsHeader, header);
        Assert.Equal(14, rows.Count);

        AssertRow(Find(rows, "93532", England, "2022/23"), W5, "Not compared");
        AssertRow(Find(rows, "93532", Cambridgeshire, "2022/23"), W2, "Worse");
        AssertRow(Find(rows, "93532", Peterborough, "2022/23"), W4, "Better");
        var herts = Find(rows, "93532", Hertfordshire, "2022/23");
        Assert.Equal("30", herts["Value"]);
        Assert.Equal("Similar", herts["Compared to England value or percentiles"]);

        AssertRow(Find(rows, "campylobacter_rate", England, "2023"), R4, "Not compared");
        AssertRow(Find(rows, "campylobacter_rate", Cambridgeshire, "2023"), R2, "Similar");
        AssertRow(Find(rows, "campylobacter_rate", Peterborough, "2023"), R1, "Lower");
        AssertRow(Find(rows, "campylobacter_rate", Hertfordshire, "2023"), R3, "Higher");

        AssertRow(Find(rows, "alcohol_admissions", England, "2022/23"), D1, "Not compared");
        AssertRow(Find(rows, "alcohol_admissions", Cambridgeshire, "2022/23"), D2, "Worse");
        AssertRow(Find(rows, "alcohol_admissions", Peterborough, "2022/23"), D1, "Similar");
        AssertRow(Find(rows, "alcohol_admissions", England, "2023/24"), D2, "Not compared");
        AssertRow(Find(rows, "alcohol_admissions", Cambridgeshire, "2023/24"), D1, "Better");

        // testdata_tiny has 9 events: no rate, so nothing to compare.
        var tiny = Find(rows, "alcohol_admissions", Hertfordshire, "2022/23");
        Assert.Null(tiny["Value"]);
        Assert.Null(tiny["Lower CI 95.0 limit"]);
        Assert.Equal("Not compared", tiny["Compared to England value or percentiles"]);
        Assert.Equal(DirectlyStandardisedRates.TooFewEventsNote, tiny["Value note"]);
        Assert.Equal("9", tiny["Count"]);

        var big = Find(rows, "alcohol_admissions", England, "2022/23");
        Assert.Equal(("895", "8970"), (big["Count"], big["Denominator"]));
        Assert.Equal(("E92000001", "England", "County"), (herts["Parent Code"], herts["Parent Name"], herts["Area Type"]));
        Assert.Equal(("20220000", "1y"), (big["Time period Sortable"], big["Time period range"]));
    }

    [Fact]
    public void Writes_numbers_at_full_precision()
    {
        var result = IndicatorComputation.Compute(new StringReader(SampleInput()), "counts.csv");
        Assert.False(result.HasErrors);
        using var folder = new TempFolder();
        var output = folder.File("out.csv");
        IndicatorComputation.WriteAtomically(result, output);

        var (_, rows) = ReadOutput(output);
        foreach (var (value, row) in result.Values.Zip(rows))
        {
            Assert.Equal(value.Value?.ToString("R", CultureInfo.InvariantCulture), row["Value"]);
            Assert.Equal(value.Upper998?.ToString("R", CultureInfo.InvariantCulture), row["Upper CI 99.8 limit"]);
        }
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Lists_every_bad_row_with_file_row_column_and_fix_and_writes_nothing()
    {
        var lines = SampleInput().TrimEnd('\n').Split('\n').ToList();
        // Spreadsheet rows: the header is row 1, so lines[i] is row i + 1.
        lines[2] = lines[2].Replace(",65,100,", ",6five,100,");                 // row 3: text in a number
        lines[3] = lines[3].Replace(",222,3215,", ",4000,3215,");               // row 4: count above denominator
        lines[6] = lines[6].Replace("crude_rate", "crude rate");                // row 7: unknown measure
        lines[7] = lines[7].Replace("no_judgement", "no_judgment");             // row 8: unknown polarity
        lines[8] = lines[8].Replace(",20,100,", ",-20,100,");                   // row 9: negative count
        var cambridgeshireBands = lines.FindIndex(l => l.Contains(",E10000003,") && l.Contains(",dsr,"));
        lines.RemoveAt(cambridgeshireBands + 18);                               // rows 29-46: no 90+ band
        var peterboroughBand = lines.FindIndex(l => l.Contains(",E06000031,") && l.Contains(",dsr,")) + 1;
        lines.Insert(peterboroughBand + 1, lines[peterboroughBand]);            // row 49 repeats row 48 (band 5-9)
        using var folder = new TempFolder();
        var input = folder.Write("bad.csv", string.Join('\n', lines) + "\n");
        var output = folder.Write("out.csv", "previous contents\n");

        var run = InProcessCli.Run("compute", "--input", input, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("previous contents\n", File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(folder.Path, "out*"));
        string Where(int row, string column) => $"{input}:{row}, column '{column}': ";
        Assert.Contains($"error not-a-number: {Where(3, "count")}'6five' is not a number.", run.Error);
        Assert.Contains($"error count-above-denominator: {Where(4, "count")}", run.Error);
        Assert.Contains($"error bad-choice: {Where(7, "measure")}'crude rate' is not a measure compute knows. Fix: Did you mean 'crude_rate'?", run.Error);
        Assert.Contains($"error bad-choice: {Where(8, "polarity")}'no_judgment' is not a polarity compute knows. Fix: Did you mean 'no_judgement'?", run.Error);
        Assert.Contains($"error negative-number: {Where(9, "count")}The count -20 is negative.", run.Error);
        Assert.Contains($"error missing-age-band: {Where(29, "age_band")}", run.Error);
        Assert.Contains("has no row for age band(s) 90+", run.Error);
        Assert.Contains($"error duplicate-row: {Where(49, "age_band")}Age band 5-9 is given twice", run.Error);
        var errorLines = run.Error.Split('\n').Where(l => l.StartsWith("error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, errorLines.Count);
        Assert.All(errorLines, l => Assert.Contains(" Fix: ", l));
        Assert.Contains("7 error(s)", run.Error);
        Assert.Contains("Nothing was written", run.Error);
    }

    [Fact]
    public void Reports_each_missing_column_with_the_column_it_looks_like()
    {
        var text = "indicator_id,indicator_name,area_code,area_name,period,sex,age,measure,multiplier,polarity,counts,age_band\n" +
                   "p,P,E92000001,England,2023,,,proportion,100,higher_is_better,5,\n";

        var result = IndicatorComputation.Compute(new StringReader(text), "cols.csv");

        var missing = result.Diagnostics.Where(d => d.Code == DataDiagnosticCodes.MissingColumn).ToList();
        Assert.Equal(["count", "denominator"], missing.Select(d => d.Column));
        Assert.All(missing, d => Assert.Equal(("cols.csv", 1), (d.File, d.Line!.Value)));
        Assert.Contains("Rename the column 'counts' to 'count'", missing[0].Fix);
        Assert.Empty(result.Values);
    }

    [Fact]
    public void Refuses_a_band_on_a_row_that_is_not_a_dsr_and_an_unknown_band()
    {
        var text = Header + "\n" +
                   "r,R,E92000001,England,2023,,,crude_rate,100000,no_judgement,5,100,0-4\n" +
                   "d,D,E92000001,England,2023,,,dsr,100000,higher_is_worse,5,100,0-5\n";

        var result = IndicatorComputation.Compute(new StringReader(text), "bands.csv");

        var bad = result.Diagnostics.Where(d => d.Code == IndicatorComputation.BadAgeBand).ToList();
        Assert.Equal([2, 3], bad.Select(d => d.Line!.Value));
        Assert.All(bad, d => Assert.Equal("age_band", d.Column));
        Assert.Contains("Did you mean '0-4'?", bad[1].Fix);
    }

    [Fact]
    public void Reports_a_repeated_row_and_an_indicator_given_two_measures()
    {
        var text = Header + "\n" +
                   "p,P,E92000001,England,2023,,,proportion,100,higher_is_better,5,100,\n" +
                   "p,P,E92000001,England,2023,,,proportion,100,higher_is_better,6,100,\n" +
                   "p,P,E10000003,Cambridgeshire,2023,,,crude_rate,100,higher_is_better,6,100,\n";

        var result = IndicatorComputation.Compute(new StringReader(text), "twice.csv");

        var repeat = Assert.Single(result.Diagnostics, d => d.Code == DataDiagnosticCodes.DuplicateRow);
        Assert.Equal((3, "indicator_id, area_code, period, sex, age"), (repeat.Line!.Value, repeat.Column));
        Assert.Contains("repeats row 2", repeat.Message);
        var inconsistent = Assert.Single(result.Diagnostics, d => d.Code == IndicatorComputation.InconsistentIndicator);
        Assert.Equal((4, "measure"), (inconsistent.Line!.Value, inconsistent.Column));
    }

    [Fact]
    public void Refuses_a_zero_denominator_a_zero_multiplier_and_a_dsr_band_without_a_population()
    {
        var text = Header + "\n" +
                   "p,P,E92000001,England,2023,,,proportion,100,higher_is_better,0,0,\n" +
                   "r,R,E92000001,England,2023,,,crude_rate,0,higher_is_better,1,10,\n" +
                   "d,D,E92000001,England,2023,,,dsr,100000,higher_is_better,1,,0-4\n";

        var result = IndicatorComputation.Compute(new StringReader(text), "zeros.csv");

        Assert.Equal(
            [(IndicatorComputation.ZeroDenominator, 2, "denominator"), (IndicatorComputation.BadMultiplier, 3, "multiplier"),
             (DataDiagnosticCodes.MissingValue, 4, "denominator")],
            result.Diagnostics.Select(d => (d.Code, d.Line!.Value, d.Column!)));
    }

    [Fact]
    public void Warns_and_writes_not_compared_when_england_is_missing()
    {
        var text = Header + "\n" + "p,P,E10000003,Cambridgeshire,2023,,,proportion,100,higher_is_better,5,100,\n";

        var result = IndicatorComputation.Compute(new StringReader(text), "alone.csv");

        Assert.False(result.HasErrors);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, IndicatorComputation.NoEnglandValue), (warning.Severity, warning.Code));
        Assert.Equal(ComparisonOutcome.NotCompared, Assert.Single(result.Values).PublishedComparisonWithEngland);
    }

    [Fact]
    public void Fails_with_exit_code_1_for_a_missing_input_file()
    {
        using var folder = new TempFolder();
        var output = folder.File("out.csv");

        var run = InProcessCli.Run("compute", "--input", folder.File("nope.csv"), "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error file-missing", run.Error);
        Assert.False(File.Exists(output));
    }
}
