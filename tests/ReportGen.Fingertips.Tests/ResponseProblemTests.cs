using System.Diagnostics;
using System.Text;
using ReportGen.Fingertips.Tests.TestSupport;

namespace ReportGen.Fingertips.Tests;

/// <summary>Every odd answer is reported with indicator, URL, problem and fix, and never reaches the cache.</summary>
public class ResponseProblemTests
{
    private static readonly string Good = DataFolder.Export(93532);
    private static readonly string[] GoodLines = Good.Split('\n');

    public static TheoryData<string> Cases => new()
    {
        "http-500", "http-404", "html-page", "html-sent-as-csv", "json", "not-fingertips-header", "header-only", "empty",
        "cut-mid-row", "cut-inside-quotes", "short-body", "closed-without-answer", "wrong-indicator", "unreadable-value", "hang",
    };

    private static (StubResponse Response, FetchErrorKind Kind, string Expected) Case(string name) => name switch
    {
        "http-500" => (StubResponse.Error(500, "Internal Server Error", "<html><title>Server Error</title></html>"),
            FetchErrorKind.HttpStatus, "The server answered HTTP 500 (Internal Server Error): \"Server Error\"."),
        "http-404" => (StubResponse.Error(404, "Not Found", ""), FetchErrorKind.HttpStatus, "The server answered HTTP 404 (Not Found)."),
        "html-page" => (StubResponse.Error(200, "OK", "<!DOCTYPE html><html><head><title>Fingertips is down for maintenance</title></head></html>"),
            FetchErrorKind.NotCsv, "The server sent an HTML page (text/html): \"Fingertips is down for maintenance\" instead of a CSV export."),
        "html-sent-as-csv" => (StubResponse.Csv("\n  <html><head><title>Service Unavailable</title></head><body></body></html>"),
            FetchErrorKind.NotCsv, "The server sent an HTML page: \"Service Unavailable\" instead of a CSV export."),
        "json" => (StubResponse.Csv("{\"error\":\"unknown indicator\"}") with { ContentType = "application/json" },
            FetchErrorKind.NotCsv, "The server sent JSON (application/json): \"{\"error\":\"unknown indicator\"}\" instead of a CSV export."),
        "not-fingertips-header" => (StubResponse.Csv("indicator_id,area_code,period,value\ndependent_drinkers_not_in_treatment,E10000003,2023/24,80\n"),
            FetchErrorKind.WrongHeader, "The response is not a Fingertips export: its first line has 4 column(s)"),
        "header-only" => (StubResponse.Csv(GoodLines[0] + "\n"), FetchErrorKind.BadContent, "The export has the Fingertips header but no data rows."),
        "empty" => (StubResponse.Csv(""), FetchErrorKind.NotCsv, "The server sent an empty response."),
        // Close-delimited bodies (no Content-Length) can only be judged by their CSV shape.
        "cut-mid-row" => (StubResponse.Csv(Good[..^40]) with { OmitLength = true },
            FetchErrorKind.Truncated, "The response was cut short: its last row (row 18) has 21 field(s) but the header has 27."),
        "cut-inside-quotes" => (StubResponse.Csv(GoodLines[0] + "\n" + GoodLines[1] + "\n93532,\"Proportion of dep") with { OmitLength = true },
            FetchErrorKind.Truncated, "The response was cut short: it ends inside a quoted field in row 3."),
        "short-body" => (StubResponse.Csv(Good) with { SendBytes = 500 },
            FetchErrorKind.Truncated, $"The response was cut short: 500 of the {Encoding.UTF8.GetByteCount(Good):N0} bytes announced arrived before the connection closed."),
        "closed-without-answer" => (new StubResponse { CloseWithoutAnswer = true },
            FetchErrorKind.Truncated, "The server closed the connection before its answer was complete."),
        "wrong-indicator" => (StubResponse.Csv(DataFolder.Export(93356)),
            FetchErrorKind.BadContent, "The export holds indicator(s) 93356 instead of only 93532."),
        "unreadable-value" => (StubResponse.Csv(GoodLines[0] + "\n" + GoodLines[1].Replace(",79.89793213,", ",n/a,") + "\n"),
            FetchErrorKind.BadContent, "The export does not read cleanly (1 problem(s)); the first is: error not-a-number: fingertips-93532-502.csv:2, column 'Value'"),
        "hang" => (new StubResponse { Hang = true }, FetchErrorKind.Timeout, "No complete answer within 1 s."),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>
    /// Only the hanging server needs a short timeout; every other case gets a generous one so a busy machine (CI runs
    /// LibreOffice in other test projects at the same time) cannot turn a slow answer into a time-out.
    /// </summary>
    private static double TimeoutFor(FetchErrorKind kind) => kind == FetchErrorKind.Timeout ? 1 : 30;

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Cases))]
    public async Task Is_reported_and_nothing_is_cached(string name)
    {
        var (response, kind, expected) = Case(name);
        using var data = new DataFolder();
        using var server = new StubServer(_ => response);

        var clock = Stopwatch.StartNew();
        var run = await FetchRun.RunAsync(data, server.BaseUrl, timeoutSeconds: TimeoutFor(kind), indicators: "93532");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Error.Contains("error: 93532 dependent_drinkers_not_in_treatment, counties & UAs (502): " + expected), run.Error);
        Assert.Contains("URL: " + server.BaseUrl + "all_data/csv/by_indicator_id?indicator_ids=93532&child_area_type_id=502&parent_area_type_id=15", run.Error);
        Assert.Contains("No cached copy exists", run.Error);
        Assert.Contains("  Fix: ", run.Error);
        Assert.Contains("FAILED, no cached copy", run.Out);
        // Not even a temporary file is left behind.
        Assert.Empty(Directory.Exists(data.Cache) ? Directory.GetFiles(data.Cache) : []);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Cases))]
    public async Task Leaves_the_cached_copy_unchanged_and_uses_it(string name)
    {
        var (response, kind, expected) = Case(name);
        using var data = new DataFolder();
        using var server = new StubServer(DataFolder.ServeExports);
        Assert.Equal(0, (await FetchRun.RunAsync(data, server.BaseUrl, indicators: "93532")).ExitCode);
        var before = data.Snapshot();

        server.Respond = _ => response;
        var run = await FetchRun.RunAsync(data, server.BaseUrl, timeoutSeconds: TimeoutFor(kind), indicators: "93532");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.True(run.Error.Contains("warning: 93532 dependent_drinkers_not_in_treatment, counties & UAs (502): " + expected), run.Error);
        Assert.Contains("The cached copy was left unchanged.", run.Error);
        var after = data.Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));

        // The fetcher reports the same kind of problem directly.
        var options = new FetchOptions { DataDirectory = data.Path, BaseUrl = server.BaseUrl, Timeout = TimeSpan.FromSeconds(TimeoutFor(kind)), Indicators = ["93532"] };
        var plan = FetchPlan.Create(options);
        using var http = FingertipsClient.CreateHttpClient();
        var outcome = await new FingertipsFetcher(options, plan, new FingertipsClient(http)).FetchAsync(plan.Items[0]);
        Assert.Equal(FetchStatus.UsedCacheAfterFailure, outcome.Status);
        Assert.Equal(kind, outcome.Error!.Kind);
    }
}
