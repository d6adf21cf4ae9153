using System.Text;
using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Fingertips.Tests.TestSupport;

namespace ReportGen.Fingertips.Tests;

/// <summary>
/// The client against the real API's forms (issue 18): the URLs fingertipsR builds, a partial download that must not
/// drop an area's bundled rows, the real layouts' quirks (byte-order mark, quoted line breaks, "Target data", column
/// 23 named after the parent area type), a bad row quarantined rather than the export rejected, and one time period
/// range per indicator. The stub server answers with the real exports copied next to the tests, or trimmed copies.
/// </summary>
public class RealApiLayoutTests
{
    private static async Task<FetchRun.Result> Run(DataFolder data, Uri baseUrl, bool dryRun = false, int[]? areaTypes = null, params string[] indicators)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var options = new FetchOptions
        {
            DataDirectory = data.Path,
            BaseUrl = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
            Indicators = indicators,
            DryRun = dryRun,
            AreaTypeIds = areaTypes ?? [],
        };
        var code = await FetchCommandRunner.RunAsync(options, output, errors);
        return new FetchRun.Result(code, output.ToString(), errors.ToString());
    }

    [Fact(Timeout = 60_000)]
    public async Task Dry_run_prints_the_exact_urls_fingertipsR_would_call_and_touches_nothing()
    {
        using var data = new DataFolder(withDistricts: true);
        using var server = new StubServer(DataFolder.ServeExports);

        var run = await Run(data, FingertipsApi.DefaultBaseUrl, dryRun: true, indicators: "93532");

        Assert.True(run.ExitCode == 0, run.All);
        var urls = run.Out.Split('\n').Where(l => l.TrimStart().StartsWith("GET ")).Select(l => l.Trim()[4..]).ToList();
        Assert.Equal(
        [
            "https://fingertips.phe.org.uk/api/all_data/csv/by_indicator_id?indicator_ids=93532&child_area_type_id=502&parent_area_type_id=15&include_sortable_time_periods=yes",
            "https://fingertips.phe.org.uk/api/all_data/csv/by_indicator_id?indicator_ids=93532&child_area_type_id=501&parent_area_type_id=15&include_sortable_time_periods=yes",
            "https://fingertips.phe.org.uk/api/all_data/csv/by_indicator_id?indicator_ids=93532&child_area_type_id=6&parent_area_type_id=15&include_sortable_time_periods=yes",
        ], urls);
        Assert.Empty(server.Requests);
        Assert.Empty(data.Snapshot());

        // Older geographies on request: 402 (April 2021 to March 2023) and 102 (before April 2019).
        var older = await Run(data, FingertipsApi.DefaultBaseUrl, dryRun: true, areaTypes: [402, 102], indicators: "93532");
        Assert.Contains("indicator_ids=93532&child_area_type_id=402&parent_area_type_id=15", older.Out);
        Assert.Contains("indicator_ids=93532&child_area_type_id=102&parent_area_type_id=15", older.Out);
        Assert.DoesNotContain("child_area_type_id=502", older.Out);
        var unknown = await Run(data, FingertipsApi.DefaultBaseUrl, dryRun: true, areaTypes: [999], indicators: "93532");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--area-type 999", unknown.Error);
    }

    [Fact]
    public void The_metadata_and_area_type_routes_match_fingertipsR()
    {
        Assert.Equal("https://fingertips.phe.org.uk/api/indicator_metadata/csv/by_indicator_id?indicator_ids=90244%2C90245",
            FingertipsApi.IndicatorMetadataCsv(FingertipsApi.DefaultBaseUrl, [90244, 90245]).AbsoluteUri);
        Assert.Equal("https://fingertips.phe.org.uk/api/area_types", FingertipsApi.AreaTypes(FingertipsApi.DefaultBaseUrl).AbsoluteUri);
    }

    [Fact(Timeout = 60_000)]
    public async Task When_the_upper_tier_download_fails_the_areas_bundled_rows_stay_and_only_what_was_fetched_replaces_rows()
    {
        using var data = new DataFolder();
        data.Write("tidy/sample.csv", """
            indicator_id,area_code,period,value,provenance
            dependent_drinkers_not_in_treatment,E92000001,2019/20,82.3,published
            dependent_drinkers_not_in_treatment,E10000003,2019/20,79.1,illustrative
            dependent_drinkers_not_in_treatment,E10000003,2023/24,78.5,published
            """);
        // The regions export holds England only (the real export's England rows); the upper-tier one fails.
        var lines = DataFolder.Export(93532).Split('\n');
        var englandOnly = string.Join('\n', lines.Where((l, i) => i == 0 || l.Contains(",E92000001,England,England,"))) + "\n";
        using var server = new StubServer(target => DataFolder.Query(target, "child_area_type_id") == "6"
            ? StubResponse.Csv(englandOnly)
            : StubResponse.Error(500, "Internal Server Error", "<html><title>Server error</title></html>"));

        var run = await Run(data, server.BaseUrl, indicators: "93532");

        Assert.Equal(1, run.ExitCode);   // the 502 export has neither a download nor a cached copy
        Assert.Contains("counties & UAs (502): FAILED, no cached copy", run.Out);
        var loaded = DataLoader.Load(data.Path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Errors));
        var values = loaded.Values.ForIndicator("dependent_drinkers_not_in_treatment");
        // Cambridgeshire keeps both tidy rows: nothing fetched covers it.
        Assert.Equal(2, values.Count(v => v.AreaCode == "E10000003"));
        Assert.Contains(values, v => v.AreaCode == "E10000003" && v.Period.Label == "2023/24" && v.Value == 78.5);
        // England's 2019/20 row is the export's; its 2020/21 row is new.
        var england = values.Where(v => v.AreaCode == "E92000001").ToList();
        Assert.Equal(2, england.Count);
        Assert.All(england, v => Assert.EndsWith("fingertips-93532-6.csv", v.Source!.File));
        var note = Assert.Single(loaded.Diagnostics, d => d.Code == DataLoader.TidyRowsReplaced);
        Assert.Contains("1 tidy row(s) were replaced", note.Message);
        Assert.Contains("2 tidy row(s) that no export holds were kept", note.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_byte_order_mark_and_quoted_line_breaks_are_read_as_fingertipsR_reads_them()
    {
        using var data = new DataFolder();
        var withBom = Encoding.UTF8.GetPreamble().Concat(DataFolder.ExportBytes(93532)).ToArray();
        using var server = new StubServer(target => DataFolder.Query(target, "indicator_ids") == "93532"
            ? new StubResponse { Body = withBom }
            : DataFolder.ServeExports(target));

        var run = await Run(data, server.BaseUrl);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("93532 dependent_drinkers_not_in_treatment, counties & UAs (502): downloaded 17 rows", run.Out);
        // 93356 is the older 26-column profile download: CRLF records, a line break inside the quoted indicator name,
        // column 23 headed "Compared to Region value or percentiles".
        Assert.Contains("93356 campylobacter_rate, counties & UAs (502): downloaded 852 rows", run.Out);
        var loaded = DataLoader.Load(data.Path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Errors));
        Assert.Equal(17, loaded.Values.ForIndicator("dependent_drinkers_not_in_treatment").Count);
        Assert.Equal(852, loaded.Values.ForIndicator("campylobacter_rate").Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_older_Target_data_heading_is_accepted()
    {
        using var data = new DataFolder();
        var text = DataFolder.Export(93356);
        var header = text[..text.IndexOf('\n')];
        Assert.EndsWith("Compared to goal\r", header);
        using var server = new StubServer(_ => StubResponse.Csv(header.Replace("Compared to goal", "Target data") + text[text.IndexOf('\n')..]));

        var run = await Run(data, server.BaseUrl, indicators: "93356");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("campylobacter_rate, counties & UAs (502): downloaded 852 rows", run.Out);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_bad_row_is_quarantined_with_a_warning_and_the_rest_of_the_export_is_kept()
    {
        using var data = new DataFolder();
        var lines = DataFolder.Export(93532).Split('\n');
        // Record 5 (England 2019/20) gets a value that is not a number.
        lines[4] = lines[4].Replace(",82.30641882,", ",eighty-two,");
        var broken = string.Join('\n', lines);
        using var server = new StubServer(_ => StubResponse.Csv(broken));

        var run = await Run(data, server.BaseUrl, indicators: "93532");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("downloaded 16 rows -> fingertips-93532-502.csv", run.Out);
        Assert.Contains("warning: 93532 dependent_drinkers_not_in_treatment, counties & UAs (502): 1 row(s) did not read cleanly", run.Error);
        Assert.Contains("record 5", run.Error);
        var cached = File.ReadAllText(data.CacheFile("fingertips-93532-502.csv"));
        Assert.DoesNotContain("eighty-two", cached);
        Assert.Equal(string.Join('\n', lines.Where((_, i) => i != 4)), cached);   // every other byte as sent
        var aside = File.ReadAllText(data.CacheFile("fingertips-93532-502.quarantine.txt"));
        Assert.Contains("eighty-two", aside);
        Assert.Contains("# record 5:", aside);

        var loaded = DataLoader.Load(data.Path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Errors));
        Assert.Equal(16, loaded.Values.ForIndicator("dependent_drinkers_not_in_treatment").Count);

        // An export in which no row reads cleanly is still refused.
        var allBad = string.Join('\n', DataFolder.Export(93532).Split('\n').Select((l, i) => i == 0 || l.Length == 0 ? l : "93532,x,,,E92000001,England,England,Persons,18+ yrs,,,2019/20,nan,,,,,,,,,,,,,,1y"));
        server.Respond = _ => StubResponse.Csv(allBad);
        var refused = await Run(data, server.BaseUrl, indicators: "93532");
        Assert.Contains("download failed; using cached copy", refused.Out);
    }

    [Fact]
    public void One_time_period_range_is_read_per_indicator_as_indicators_yaml_chooses()
    {
        // The real 93532 rows, plus each one again as a pooled 3-year value with the 3y range.
        var lines = DataFolder.Export(93532).TrimEnd('\n').Split('\n');
        var threeYear = lines.Skip(1).Select(l => l.Replace(",2019/20,", ",2017/18 - 19/20,").Replace(",2020/21,", ",2018/19 - 20/21,")
            .Replace(",2018/19,", ",2016/17 - 18/19,")[..^2] + "3y");
        var mixed = string.Join('\n', lines.Concat(threeYear)) + "\n";

        using var unchosen = new DataFolder();
        unchosen.Write("fingertips/fingertips-93532-502.csv", mixed);
        var first = DataLoader.Load(unchosen.Path);
        Assert.False(first.HasErrors, string.Join("\n", first.Errors));
        Assert.Equal(17, first.Values.ForIndicator("dependent_drinkers_not_in_treatment").Count);
        var warning = Assert.Single(first.Diagnostics, d => d.Severity == Severity.Warning && d.Code == "time-period-range-skipped");
        Assert.Contains("fingertips_time_period_range", warning.Fix);

        var yaml = DataFolder.IndicatorsYaml.Replace("  fingertips_id: 93532", "  fingertips_id: 93532\n  fingertips_time_period_range: 3y");
        using var chosen = new DataFolder(indicatorsYaml: yaml);
        chosen.Write("fingertips/fingertips-93532-502.csv", mixed);
        var second = DataLoader.Load(chosen.Path);
        Assert.False(second.HasErrors, string.Join("\n", second.Errors));
        var values = second.Values.ForIndicator("dependent_drinkers_not_in_treatment");
        Assert.Equal(17, values.Count);
        Assert.All(values, v => Assert.Equal(3, v.Period.Years));
        Assert.DoesNotContain(second.Diagnostics, d => d.Severity == Severity.Warning);
    }
}
