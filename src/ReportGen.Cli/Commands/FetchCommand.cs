using System.CommandLine;
using ReportGen.Fingertips;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen fetch</c>: downloads Fingertips exports into data/fingertips/ and keeps them as a cache for offline
/// use. The work is done by <see cref="FetchCommandRunner"/>; this class only reads the options. Exit codes: 0 every
/// export available (downloaded or cached), 1 some export has neither, 2 bad options or data folder.
/// </summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "Root of the Fingertips API (a mirror or test server may be named instead).",
            DefaultValueFactory = _ => FingertipsApi.DefaultBaseUrl.AbsoluteUri,
        };
        var indicator = new Option<string[]>("--indicator")
        {
            Description = "Indicator to fetch, by indicators.yaml id or Fingertips number; repeat for several. Default: every indicator with a fingertips_id.",
            AllowMultipleArgumentsPerToken = false,
        };
        var offline = new Option<bool>("--offline")
        {
            Description = "Do not touch the network: report what the cache in data/fingertips/ holds.",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds one download may take, body included.",
            DefaultValueFactory = _ => 120,
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Print the exact URLs the run would call, one per export, without downloading anything or touching the cache.",
        };
        var areaType = new Option<int[]>("--area-type")
        {
            Description = "Fingertips area type id to fetch instead of the default (502 counties & UAs, 501 districts when areas.csv has them, 6 regions); " +
                "repeat for several, e.g. 402 or 102 for data published only on an older geography.",
        };
        var command = new Command("fetch",
            "Download Fingertips exports (all_data/csv/by_indicator_id) of the indicators with a fingertips_id, for every upper-tier " +
            "authority, region and (when areas.csv has districts) district in England, into data/fingertips/. Each download is checked " +
            "before it replaces the cached copy; when a download fails the cached copy is kept and used. Exit code 0 when every export " +
            "is available, 1 when one has neither a download nor a cached copy, 2 for bad options.")
        {
            data, baseUrl, indicator, offline, timeout, dryRun, areaType,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            if (!FingertipsApi.TryParseBaseUrl(parse.GetValue(baseUrl), out var root))
            {
                Console.Error.WriteLine($"error: --base-url '{parse.GetValue(baseUrl)}' is not an http or https address. Fix: give the API root, e.g. {FingertipsApi.DefaultBaseUrl}");
                return 2;
            }
            var seconds = parse.GetValue(timeout);
            if (!(seconds > 0 && seconds <= 3600))
            {
                Console.Error.WriteLine($"error: --timeout {seconds} is out of range. Fix: give a number of seconds above 0 and at most 3600.");
                return 2;
            }
            var options = new FetchOptions
            {
                DataDirectory = parse.GetValue(data)!.FullName,
                BaseUrl = root,
                Indicators = parse.GetValue(indicator) ?? [],
                Offline = parse.GetValue(offline),
                Timeout = TimeSpan.FromSeconds(seconds),
                DryRun = parse.GetValue(dryRun),
                AreaTypeIds = parse.GetValue(areaType) ?? [],
            };
            return await FetchCommandRunner.RunAsync(options, Console.Out, Console.Error, cancellation: cancellation);
        });
        return command;
    }
}
