using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Fingertips.Tests.TestSupport;

namespace ReportGen.Fingertips.Tests;

/// <summary>
/// The two loading rules that let fetched exports sit beside the bundled tidy files: a tidy row an export also holds
/// is replaced by the export's (tidy rows no export holds stay), and a row that overlapping exports share is read once.
/// </summary>
public class DataLoaderExportRuleTests
{
    private const string Tidy = """
        indicator_id,area_code,period,value,provenance
        dependent_drinkers_not_in_treatment,E92000001,2019/20,82.3,illustrative
        dependent_drinkers_not_in_treatment,E10000003,2023/24,79.1,illustrative
        treatment_completion,E10000003,2023/24,15,illustrative
        """;

    [Fact]
    public void A_tidy_row_an_export_holds_is_replaced_by_it_and_the_others_are_kept_with_one_note()
    {
        using var data = new DataFolder();
        data.Write("tidy/sample.csv", Tidy);
        data.Write("tidy/more.csv", "indicator_id,area_code,period,value\ndependent_drinkers_not_in_treatment,E10000003,2022/23,78\n");

        // Without an export the tidy rows are used (the England 2019/20 row is among them).
        var before = DataLoader.Load(data.Path);
        Assert.False(before.HasErrors, string.Join("\n", before.Errors));
        Assert.Equal(3, before.Values.ForIndicator("dependent_drinkers_not_in_treatment").Count);

        data.Write("fingertips/fingertips-93532-502.csv", DataFolder.Export(93532));
        var after = DataLoader.Load(data.Path);

        // The export has England 2019/20 too: its row replaces the tidy one instead of colliding with it.
        Assert.False(after.HasErrors, string.Join("\n", after.Errors));
        var values = after.Values.ForIndicator("dependent_drinkers_not_in_treatment");
        Assert.Equal(17 + 2, values.Count);   // the export's 17, and Cambridgeshire's two tidy rows no export holds
        Assert.Equal(82.30641882, after.Values.At("dependent_drinkers_not_in_treatment", "E92000001", values.First(v => v.Period.Label == "2019/20").Period)!.Value);
        Assert.All(values.Where(v => v.AreaCode == "E10000003"), v => Assert.EndsWith(".csv", v.Source!.File));
        Assert.Equal(2, values.Count(v => v.AreaCode == "E10000003" && v.Source!.File!.Contains("tidy")));
        // Other indicators' tidy rows are untouched.
        Assert.Single(after.Values.ForIndicator("treatment_completion"));
        var note = Assert.Single(after.Diagnostics, d => d.Code == DataLoader.TidyRowsReplaced);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Contains("dependent_drinkers_not_in_treatment", note.Message);
        Assert.Contains("fingertips-93532-502.csv", note.Message);
        Assert.Contains("1 tidy row(s) were replaced", note.Message);
        Assert.Contains("2 tidy row(s) that no export holds were kept", note.Message);
        Assert.EndsWith("sample.csv", note.File);   // the first replaced row
        Assert.Equal(2, note.Line);
    }

    [Fact]
    public void A_row_shared_by_exports_of_two_area_types_is_read_once_but_a_disagreeing_one_is_still_an_error()
    {
        using var data = new DataFolder();
        var export = DataFolder.Export(93532);
        data.Write("fingertips/fingertips-93532-502.csv", export);
        data.Write("fingertips/fingertips-93532-6.csv", export);

        var same = DataLoader.Load(data.Path);
        Assert.False(same.HasErrors, string.Join("\n", same.Errors));
        Assert.Equal(17, same.Values.ForIndicator("dependent_drinkers_not_in_treatment").Count);

        // A second export with a different England value for 2019/20 is a conflict, not an overlap.
        data.Write("fingertips/fingertips-93532-6.csv", export.Replace(",82.30641882,", ",82.4,"));
        var differing = DataLoader.Load(data.Path);
        var error = Assert.Single(differing.Errors);
        Assert.Equal(DataDiagnosticCodes.DuplicateRow, error.Code);
        Assert.EndsWith("fingertips-93532-6.csv", error.File);
    }

    [Fact]
    public void A_row_repeated_inside_one_export_is_still_an_error()
    {
        using var data = new DataFolder();
        var lines = DataFolder.Export(93532).Split('\n');
        data.Write("fingertips/fingertips-93532-502.csv", string.Join('\n', lines.Take(3).Append(lines[2]).Append("")));

        var loaded = DataLoader.Load(data.Path);

        var error = Assert.Single(loaded.Errors);
        Assert.Equal(DataDiagnosticCodes.DuplicateRow, error.Code);
        Assert.Equal(4, error.Line);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_fetched_data_folder_with_tidy_sample_rows_loads_without_errors()
    {
        using var data = new DataFolder(withDistricts: true);
        data.Write("tidy/sample.csv", Tidy);
        using (var server = new StubServer(DataFolder.ServeExports))
            Assert.Equal(0, (await FetchRun.RunAsync(data, server.BaseUrl)).ExitCode);

        var loaded = DataLoader.Load(data.Path);

        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Errors));
        Assert.Equal(17 + 1, loaded.Values.ForIndicator("dependent_drinkers_not_in_treatment").Count);   // + Cambridgeshire 2023/24 (tidy)
        Assert.Equal(852, loaded.Values.ForIndicator("campylobacter_rate").Count);
        Assert.Single(loaded.Diagnostics, d => d.Code == DataLoader.TidyRowsReplaced);
    }
}
