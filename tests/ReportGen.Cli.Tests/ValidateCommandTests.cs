using ReportGen.Pipeline;
using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Cli.Tests;

/// <summary><c>reportgen validate</c> on a data folder with three different mistakes in one tidy file.</summary>
public class ValidateCommandTests
{
    private const string AreasCsv = """
        code,name,short_name,type,parent_code
        E92000001,England,,england,
        E12000006,East of England region,East of England,region,E92000001
        E10000003,Cambridgeshire,,county,E12000006
        E06000031,Peterborough,,unitary,E12000006
        """;

    private const string IndicatorsYaml = """
        - id: treatment_completion
          name: Successful completion of treatment
          measure: proportion
          multiplier: 100
          unit: "%"
          polarity: higher_is_better
          source: NDTMS
        """;

    // Row 4 repeats row 2, row 5 names an area areas.csv lacks, row 6 has text for its count.
    private const string TidyCsv = """
        indicator_id,area_code,period,count,denominator
        treatment_completion,E10000003,2022/23,120,800
        treatment_completion,E06000031,2022/23,90,600
        treatment_completion,E10000003,2022/23,120,800
        treatment_completion,E10000099,2022/23,30,200
        treatment_completion,E92000001,2022/23,many,1000
        """;

    private static TempFolder BrokenFolder(out string tidyPath)
    {
        var folder = new TempFolder();
        folder.Write("areas.csv", AreasCsv);
        folder.Write("indicators.yaml", IndicatorsYaml);
        tidyPath = folder.Write(Path.Combine("tidy", "local.csv"), TidyCsv);
        return folder;
    }

    [Fact]
    public void Reports_a_duplicated_row_an_unknown_area_and_a_text_value_with_file_row_column_and_fix()
    {
        using var folder = BrokenFolder(out var tidy);

        var run = InProcessCli.Run("validate", "--data", folder.Path);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(
            $"error duplicate-row: {tidy}:4, column 'indicator_id, area_code, period, sex, age, category_type, category': This row repeats row 2:",
            run.Error);
        Assert.Contains($"error unknown-area: {tidy}:5, column 'area_code': 'E10000099' is not an area code in areas.csv. Fix: Did you mean E10000003",
            run.Error);
        Assert.Contains($"error not-a-number: {tidy}:6, column 'count': 'many' is not a number. Fix: ", run.Error);
        var errors = run.Error.Split('\n').Where(l => l.StartsWith("error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, l => Assert.Contains(" Fix: ", l));
        Assert.Contains("3 error(s)", run.Out);
    }

    [Fact]
    public void Gives_every_one_of_the_three_a_file_row_column_and_fix()
    {
        using var folder = BrokenFolder(out var tidy);

        var errors = MissingValueCalculator.Load(folder.Path).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        Assert.Equal(
            [(DataDiagnosticCodes.DuplicateRow, 4), (DataDiagnosticCodes.UnknownArea, 5), (DataDiagnosticCodes.NotANumber, 6)],
            errors.Select(d => (d.Code, d.Line!.Value)).OrderBy(p => p.Value));
        Assert.All(errors, d =>
        {
            Assert.Equal(tidy, d.File);
            Assert.False(string.IsNullOrWhiteSpace(d.Column));
            Assert.False(string.IsNullOrWhiteSpace(d.Fix));
        });
    }

    [Fact]
    public void Exits_with_zero_once_the_three_rows_are_fixed()
    {
        using var folder = BrokenFolder(out var tidy);
        File.WriteAllLines(tidy, File.ReadAllLines(tidy).Where((_, i) => i is 0 or 1 or 2));

        var run = InProcessCli.Run("validate", "--data", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Data is valid", run.Out);
    }
}
