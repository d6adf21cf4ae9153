using System.Text.Json;
using ReportGen.Fingertips.Tests.TestSupport;

namespace ReportGen.Fingertips.Tests;

/// <summary>The behaviour issue 8 asks for, end to end against a stub server on 127.0.0.1.</summary>
public class FetchAcceptanceTests
{
    [Fact(Timeout = 60_000)]
    public async Task Fetch_fills_the_cache_and_a_second_run_succeeds_with_the_server_stopped()
    {
        using var data = new DataFolder();
        using var server = new StubServer(DataFolder.ServeExports);

        var first = await FetchRun.RunAsync(data, server.BaseUrl);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.Contains("93532 dependent_drinkers_not_in_treatment, counties & UAs (502): downloaded 17 rows -> fingertips-93532-502.csv", first.Out);
        Assert.Contains("93356 campylobacter_rate, regions (6): downloaded 852 rows -> fingertips-93356-6.csv", first.Out);
        Assert.Contains("Done: 4 export(s): 4 downloaded, 0 from the cache, 0 failed.", first.Out);
        Assert.Equal(DataFolder.ExportBytes(93532), File.ReadAllBytes(data.CacheFile("fingertips-93532-502.csv")));
        // No district in areas.csv, so no district export; nothing but the exports and their sidecars is left behind.
        Assert.Equal(
            ["fingertips-93356-502.csv", "fingertips-93356-502.meta.json", "fingertips-93356-6.csv", "fingertips-93356-6.meta.json",
             "fingertips-93532-502.csv", "fingertips-93532-502.meta.json", "fingertips-93532-6.csv", "fingertips-93532-6.meta.json"],
            data.Snapshot().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, server.Requests.Count);
        Assert.Contains("/api/all_data/csv/by_indicator_id?indicator_ids=93532&child_area_type_id=502&parent_area_type_id=15&include_sortable_time_periods=yes",
            server.Requests);

        // The sidecar records where and when the file came from.
        var sidecar = File.ReadAllText(data.CacheFile("fingertips-93532-502.meta.json"));
        Assert.Contains("indicator_ids=93532&child_area_type_id=502", sidecar);   // readable, not \u0026
        using (var meta = JsonDocument.Parse(sidecar))
        {
            var root = meta.RootElement;
            Assert.Equal(93532, root.GetProperty("indicator_id").GetInt32());
            Assert.Equal("dependent_drinkers_not_in_treatment", root.GetProperty("indicator").GetString());
            Assert.Equal(502, root.GetProperty("child_area_type_id").GetInt32());
            Assert.Equal(15, root.GetProperty("parent_area_type_id").GetInt32());
            Assert.StartsWith(server.BaseUrl + "all_data/csv/by_indicator_id?indicator_ids=93532", root.GetProperty("url").GetString());
            Assert.Equal(17, root.GetProperty("rows").GetInt32());
            Assert.Equal(27, root.GetProperty("columns").GetInt32());
            Assert.Equal(FingertipsCache.Sha256Of(data.CacheFile("fingertips-93532-502.csv")), root.GetProperty("sha256").GetString());
            Assert.EndsWith("Z", root.GetProperty("downloaded_at").GetString());
            var when = root.GetProperty("downloaded_at").GetDateTimeOffset();
            Assert.Equal(TimeSpan.Zero, when.Offset);
            Assert.InRange(DateTimeOffset.UtcNow - when, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        }

        var before = data.Snapshot();
        server.Stop();
        var second = await FetchRun.RunAsync(data, server.BaseUrl);

        Assert.True(second.ExitCode == 0, second.All);
        var date = new FingertipsCache(data.Cache).Find(new FetchItem(93532, null, FingertipsAreaType.UpperTier))!.DateText;
        Assert.Contains($"93532 dependent_drinkers_not_in_treatment, counties & UAs (502): download failed; using cached copy from {date}, 17 rows", second.Out);
        // After the first refusal the other exports are not tried, so a dead network costs one wait, not one per export.
        Assert.Contains($"93356 campylobacter_rate, regions (6): not tried (server unreachable); using cached copy from {date}, 852 rows -> fingertips-93356-6.csv", second.Out);
        Assert.Contains("Done: 4 export(s): 0 downloaded, 4 from the cache, 0 failed.", second.Out);
        Assert.Contains("Could not connect", second.Error);
        Assert.Contains("--offline", second.Error);
        Assert.Equal(1, second.Error.Split('\n').Count(l => l.StartsWith("warning:")));
        AssertSame(before, data.Snapshot());
    }

    [Fact(Timeout = 60_000)]
    public async Task With_the_server_down_and_nothing_cached_every_export_fails_with_its_url()
    {
        using var data = new DataFolder();
        var server = new StubServer(DataFolder.ServeExports);
        server.Dispose();

        var run = await FetchRun.RunAsync(data, server.BaseUrl);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Done: 4 export(s): 0 downloaded, 0 from the cache, 4 failed.", run.Out);
        Assert.Contains("error: 93532 dependent_drinkers_not_in_treatment, counties & UAs (502): Could not connect", run.Error);
        Assert.Contains("error: 93356 campylobacter_rate, regions (6): Not tried: the server could not be reached for an earlier export.", run.Error);
        Assert.Contains("URL: " + server.BaseUrl + "all_data/csv/by_indicator_id?indicator_ids=93356&child_area_type_id=6", run.Error);
        Assert.Empty(data.Snapshot());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_truncated_response_is_reported_and_the_cache_is_left_byte_for_byte_as_it_was()
    {
        using var data = new DataFolder();
        using var server = new StubServer(DataFolder.ServeExports);
        Assert.Equal(0, (await FetchRun.RunAsync(data, server.BaseUrl, indicators: "93532")).ExitCode);
        var before = data.Snapshot();

        // Announce the whole file, send 60% of it, close the connection.
        var whole = DataFolder.ExportBytes(93532);
        server.Respond = _ => new StubResponse { Body = whole, SendBytes = whole.Length * 6 / 10 };
        var run = await FetchRun.RunAsync(data, server.BaseUrl, indicators: "93532");

        Assert.True(run.ExitCode == 0, run.All);   // the cached copy stands in
        Assert.Contains("warning: 93532 dependent_drinkers_not_in_treatment, counties & UAs (502): The response was cut short", run.Error);
        Assert.Contains($"The response was cut short: {whole.Length * 6 / 10:N0} of the {whole.Length:N0} bytes announced arrived before the connection closed.", run.Error);
        Assert.Contains("URL: " + server.BaseUrl + "all_data/csv/by_indicator_id?indicator_ids=93532&child_area_type_id=502", run.Error);
        Assert.Contains("The cached copy was left unchanged.", run.Error);
        Assert.Contains("Fix: ", run.Error);
        Assert.Contains("download failed; using cached copy from", run.Out);
        AssertSame(before, data.Snapshot());
    }

    [Fact(Timeout = 60_000)]
    public async Task Offline_never_touches_the_network()
    {
        using var data = new DataFolder();
        using var server = new StubServer(DataFolder.ServeExports);

        var empty = await FetchRun.RunAsync(data, server.BaseUrl, offline: true);
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("Offline, and there is no cached copy.", empty.Error);
        Assert.Contains("without --offline", empty.Error);
        Assert.Empty(server.Requests);
        Assert.Empty(data.Snapshot());

        Assert.Equal(0, (await FetchRun.RunAsync(data, server.BaseUrl)).ExitCode);
        var requests = server.Requests.Count;
        var offline = await FetchRun.RunAsync(data, server.BaseUrl, offline: true);

        Assert.True(offline.ExitCode == 0, offline.All);
        Assert.Equal(requests, server.Requests.Count);
        Assert.Contains("Offline: checking the cached exports", offline.Out);
        Assert.Contains("93356 campylobacter_rate, counties & UAs (502): using cached copy from ", offline.Out);
        Assert.Equal("", offline.Error);
    }

    [Fact(Timeout = 60_000)]
    public async Task One_failed_indicator_does_not_stop_the_others_and_fails_the_run_when_nothing_is_cached()
    {
        using var data = new DataFolder();
        using var server = new StubServer(target => DataFolder.Query(target, "indicator_ids") == "93356"
            ? StubResponse.Error(500, "Internal Server Error", "<html><head><title>Runtime Error</title></head><body>boom</body></html>")
            : DataFolder.ServeExports(target));

        var run = await FetchRun.RunAsync(data, server.BaseUrl);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: 93356 campylobacter_rate, counties & UAs (502): The server answered HTTP 500 (Internal Server Error): \"Runtime Error\".", run.Error);
        Assert.Contains("No cached copy exists", run.Error);
        Assert.Contains("93532 dependent_drinkers_not_in_treatment, regions (6): downloaded 17 rows", run.Out);
        Assert.Contains("Done: 4 export(s): 2 downloaded, 0 from the cache, 2 failed.", run.Out);
        Assert.False(File.Exists(data.CacheFile("fingertips-93356-502.csv")));
        Assert.True(File.Exists(data.CacheFile("fingertips-93532-502.csv")));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_repeat_download_that_changed_nothing_says_so_and_the_districts_come_when_areas_csv_has_districts()
    {
        using var data = new DataFolder(withDistricts: true);
        using var server = new StubServer(DataFolder.ServeExports);

        var first = await FetchRun.RunAsync(data, server.BaseUrl, indicators: "dependent_drinkers_not_in_treatment");
        var second = await FetchRun.RunAsync(data, server.BaseUrl, indicators: "dependent_drinkers_not_in_treatment");

        Assert.Contains("counties & UAs (502), districts & UAs (501), regions (6)", first.Out);
        Assert.Contains("93532 dependent_drinkers_not_in_treatment, districts & UAs (501): downloaded 17 rows -> fingertips-93532-501.csv", first.Out);
        Assert.DoesNotContain("(unchanged)", first.Out);
        Assert.Contains("districts & UAs (501): downloaded 17 rows -> fingertips-93532-501.csv (unchanged)", second.Out);
        Assert.Equal(6, server.Requests.Count);
    }

    private static void AssertSame(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[name]), $"{name} changed");
    }
}
