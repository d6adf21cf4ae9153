using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Tests.TestSupport;

namespace ReportGen.Data.Tests;

public class DataLoaderTests
{
    /// <summary>A data directory with the fixture areas and indicators, the three real exports and a tidy file.</summary>
    private static TempDirectory DataDirectory(string? tidyCsv = null, string? comparators = null)
    {
        var dir = new TempDirectory();
        dir.Write("areas.csv", Fixtures.AreasCsv);
        dir.Write("indicators.yaml", Fixtures.IndicatorsYaml);
        foreach (var id in new[] { "93532", "93517", "93356" })
        {
            var source = Fixtures.FingertipsFile(id);
            dir.Write(Path.Combine("fingertips", Path.GetFileName(source)), File.ReadAllText(source));
        }
        dir.Write("tidy/local.csv", tidyCsv ?? """
            indicator_id,area_code,period,count,denominator,value,provenance
            treatment_completion,E10000003,2022/23,120,800,15,illustrative
            treatment_completion,E10000003,2023/24,130,800,,illustrative
            """);
        if (comparators is not null) dir.Write("comparators.yaml", comparators);
        return dir;
    }

    [Fact]
    public void Loads_every_file_of_a_data_directory()
    {
        using var dir = DataDirectory(comparators: """
            E10000003:
              - name: CIPFA nearest neighbours
                areas: [E10000015, E10000020, E10000021]
            """);

        var data = DataLoader.Load(dir.Path);

        Assert.False(data.HasErrors, string.Join("\n", data.Errors));
        Assert.Empty(data.Warnings);
        Assert.Equal(17 + 13 + 852 + 2, data.Values.Count);
        Assert.Equal(5, data.Indicators.Count);
        Assert.Equal(17, data.Values.ForIndicator("dependent_drinkers_not_in_treatment").Count);
        Assert.Contains(data.Values.Series("campylobacter_rate", "E10000003"), v => v.Period.Label == "2017");
        // Northamptonshire is only in the 93356 export, yet comparators.yaml may name it.
        Assert.Equal("Northamptonshire", data.Areas.Get("E10000021")?.Name);
        Assert.Equal(["E10000015", "E10000020", "E10000021"], data.Areas.ComparatorGroups("E10000003").Single().AreaCodes);
        // 93356 is read first (name order) and names every area the other two exports use.
        var added = Assert.Single(data.Diagnostics, d => d.Code == DataDiagnosticCodes.AreasAdded);
        Assert.Contains("93356", added.File);
        Assert.Same(data, data.ThrowIfErrors());
    }

    [Fact]
    public void Fills_missing_tidy_values_through_the_hook_but_never_published_ones()
    {
        using var dir = DataDirectory();
        var filled = new List<string>();
        var data = DataLoader.Load(dir.Path, (definition, v) =>
        {
            filled.Add($"{definition.Id} {v.Period}");
            return v.Value is null ? v with { Value = v.Count / v.Denominator * definition.Multiplier } : v;
        });

        // The tidy rows lack limits, so both are offered; the Fingertips rows without limits are not.
        Assert.Equal(["treatment_completion 2022/23", "treatment_completion 2023/24"], filled);
        Assert.Equal(16.25, data.Values.Latest("treatment_completion", "E10000003")!.Value);
    }

    [Fact]
    public void Collects_problems_from_every_file_without_throwing()
    {
        using var dir = DataDirectory(tidyCsv: """
            indicator_id,area_code,period,value
            treatment_completion,E10000003,2023,5
            treatment_completion,E10000003,2023,6
            treatment_completion,E10000033,2023,5
            """, comparators: "E10000003:\n  - name: Bad\n    areas: [E10000099]\n");
        dir.Write("tidy/more.csv", "indicator_id,area_code,period,value\ntreatment_completion,E10000003,2023,7\n");

        var data = DataLoader.Load(dir.Path);

        Assert.True(data.HasErrors);
        var codes = data.Errors.Select(d => (d.Code, Path.GetFileName(d.File!), d.Line)).ToList();
        Assert.Contains((DataDiagnosticCodes.DuplicateRow, "local.csv", 3), codes);
        Assert.Contains((DataDiagnosticCodes.UnknownArea, "local.csv", 4), codes);
        // Files are read in name order, so local.csv's row comes first and more.csv's repeats it.
        var crossFile = data.Errors.Single(d => d.Code == DataDiagnosticCodes.DuplicateRow && d.File!.EndsWith("more.csv"));
        Assert.Contains("local.csv", crossFile.Message);
        Assert.Contains((DataDiagnosticCodes.UnknownArea, "comparators.yaml", 3), codes);
        var thrown = Assert.Throws<InputDataException>(() => data.ThrowIfErrors());
        Assert.Equal(data.Errors.Count(), thrown.Diagnostics.Count);
    }

    [Fact]
    public void Reads_tidy_workbooks_and_skips_excel_lock_files()
    {
        using var dir = DataDirectory();
        dir.Write("tidy/~$local.xlsx", "not a workbook");
        var data = DataLoader.Load(dir.Path);
        Assert.False(data.HasErrors, string.Join("\n", data.Errors));
    }

    [Fact]
    public void Reports_missing_required_files_and_a_missing_directory()
    {
        using var dir = new TempDirectory();
        var data = DataLoader.Load(dir.Path);
        Assert.Equal(["areas.csv", "indicators.yaml"],
            data.Errors.Where(d => d.Code == DataDiagnosticCodes.FileMissing).Select(d => Path.GetFileName(d.File!)));
        Assert.Contains(data.Diagnostics, d => d is { Severity: Severity.Info, Code: DataDiagnosticCodes.FileMissing });

        var none = DataLoader.Load(Path.Combine(dir.Path, "nowhere"));
        Assert.Equal(DataDiagnosticCodes.FileMissing, Assert.Single(none.Diagnostics).Code);
        Assert.Equal(0, none.Values.Count);
    }
}
