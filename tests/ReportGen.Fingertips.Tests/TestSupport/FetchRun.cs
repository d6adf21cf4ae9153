namespace ReportGen.Fingertips.Tests.TestSupport;

/// <summary>Runs the fetch command's body as the CLI does, capturing what it prints.</summary>
public static class FetchRun
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string All => Out + "\n" + Error;
    }

    public static async Task<Result> RunAsync(DataFolder data, Uri baseUrl, bool offline = false, double timeoutSeconds = 30, params string[] indicators)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var options = new FetchOptions
        {
            DataDirectory = data.Path,
            BaseUrl = baseUrl,
            Offline = offline,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
            Indicators = indicators,
        };
        var code = await FetchCommandRunner.RunAsync(options, output, errors);
        return new Result(code, output.ToString(), errors.ToString());
    }
}
