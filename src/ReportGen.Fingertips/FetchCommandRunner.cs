namespace ReportGen.Fingertips;

/// <summary>
/// The body of <c>reportgen fetch</c>: plans the run, fetches, and prints one line per export to standard output
/// (problems, with URL and fix, to standard error). Exit codes: 0 every export is available (downloaded or cached),
/// 1 at least one has neither a good download nor a cached copy, 2 the run could not start (bad options or data folder).
/// </summary>
public static class FetchCommandRunner
{
    public static async Task<int> RunAsync(FetchOptions options, TextWriter output, TextWriter errors,
        HttpClient? http = null, CancellationToken cancellation = default)
    {
        var plan = FetchPlan.Create(options);
        foreach (var note in plan.Notes) errors.WriteLine($"note: {note}");
        if (plan.Problems.Count > 0)
        {
            foreach (var problem in plan.Problems) errors.WriteLine($"error: {problem}");
            errors.WriteLine("Nothing was fetched.");
            return 2;
        }

        if (options.DryRun)
        {
            // The exact requests a real run makes, in order; nothing is downloaded and the cache is not touched.
            output.WriteLine($"Dry run: {plan.Items.Count} export(s) of {plan.Items.Select(i => i.FingertipsId).Distinct().Count()} indicator(s) would be fetched into {Path.GetFullPath(options.CacheDirectory)}:");
            foreach (var item in plan.Items)
                output.WriteLine($"  GET {FingertipsApi.AllDataCsv(options.BaseUrl, item.FingertipsId, item.AreaType).AbsoluteUri}");
            return 0;
        }

        var ownClient = http is null;
        http ??= FingertipsClient.CreateHttpClient();
        try
        {
            var fetcher = new FingertipsFetcher(options, plan, new FingertipsClient(http));
            var indicators = plan.Items.Select(i => i.FingertipsId).Distinct().Count();
            var types = string.Join(", ", plan.AreaTypes);
            output.WriteLine(options.Offline
                ? $"Offline: checking the cached exports of {indicators} indicator(s) ({types}) in {fetcher.Cache.Directory}."
                : $"Fetching {indicators} indicator(s) ({types}) from {options.BaseUrl} into {fetcher.Cache.Directory}.");

            var report = await fetcher.RunAsync(o => Print(o, output, errors), cancellation);

            output.WriteLine($"Done: {report.Outcomes.Count} export(s): {report.Downloaded} downloaded, {report.FromCache} from the cache, {report.Failed} failed.");
            if (report.Failed > 0)
                errors.WriteLine($"{report.Failed} export(s) have no data (no good download and no cached copy); see the errors above.");
            if (report.Outcomes.Any(o => o.HasData))
                output.WriteLine("When the data are loaded, a row an export here holds replaces the same row in tidy/; tidy rows no export holds are kept (data/README.md).");
            return report.ExitCode;
        }
        finally
        {
            if (ownClient) http.Dispose();
        }
    }

    /// <summary>The line (or lines) for one export.</summary>
    internal static void Print(FetchOutcome o, TextWriter output, TextWriter errors)
    {
        var file = Path.GetFileName(o.CachePath);
        switch (o.Status)
        {
            case FetchStatus.Downloaded:
                output.WriteLine($"  {o.Item}: downloaded {o.Cached!.Rows:N0} rows -> {file}{(o.Unchanged ? " (unchanged)" : "")}");
                if (o.Quarantined.Count > 0)
                {
                    var aside = Path.GetFileName(o.CachePath).Replace(".csv", ".quarantine.txt", StringComparison.Ordinal);
                    errors.WriteLine($"warning: {o.Item}: {o.Quarantined.Count} row(s) did not read cleanly and were left out of {file}; they are in {aside}. " +
                        $"The first, record {o.Quarantined[0].Record}: {o.Quarantined[0].Problem}");
                    errors.WriteLine("  The other rows are used. Fix: nothing, unless the rows matter to a report; if they do, fetch again later or report the problem to Fingertips with the URL.");
                }
                break;
            case FetchStatus.UsedCacheOffline:
                output.WriteLine($"  {o.Item}: using cached copy from {CacheText(o.Cached!)} -> {file}");
                break;
            case FetchStatus.UsedCacheAfterFailure when o.Error!.Kind == FetchErrorKind.NotTried:
                // The reason was printed in full for the export that failed first.
                output.WriteLine($"  {o.Item}: not tried (server unreachable); using cached copy from {CacheText(o.Cached!)} -> {file}");
                break;
            case FetchStatus.UsedCacheAfterFailure:
                output.WriteLine($"  {o.Item}: download failed; using cached copy from {CacheText(o.Cached!)} -> {file}");
                errors.WriteLine($"warning: {o.Item}: {o.Error!.Problem}");
                WriteDetails(o.Error, errors, "The cached copy was left unchanged.");
                break;
            case FetchStatus.Failed:
                output.WriteLine($"  {o.Item}: FAILED, no cached copy");
                errors.WriteLine($"error: {o.Item}: {o.Error!.Problem}");
                WriteDetails(o.Error, errors, o.Error.Kind == FetchErrorKind.NotCached
                    ? "This indicator has no Fingertips data for this area type."
                    : "No cached copy exists, so this indicator has no Fingertips data for this area type.");
                break;
        }
    }

    private static void WriteDetails(FetchError error, TextWriter errors, string consequence)
    {
        if (error.Url is not null) errors.WriteLine($"  URL: {error.Url}");
        errors.WriteLine($"  {consequence}");
        errors.WriteLine($"  Fix: {error.Fix}");
    }

    private static string CacheText(CacheEntry entry)
    {
        var text = $"{entry.DateText}, {entry.Rows:N0} rows";
        if (entry.Reconstructed) text += "; no download record, so the date is the file's";
        if (!entry.MatchesFile) text += "; the file was changed after it was downloaded";
        return text;
    }
}
