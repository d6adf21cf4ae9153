namespace ReportGen.Fingertips;

/// <summary>
/// Runs a fetch: for each planned export, downloads it, checks it and replaces the cached copy only when it passes;
/// on any failure the cached copy is left exactly as it was and used instead. One failed export never stops the
/// others. Offline, the network is never touched.
/// </summary>
public sealed class FingertipsFetcher(FetchOptions options, FetchPlan plan, FingertipsClient client)
{
    private readonly FingertipsCache _cache = new(options.CacheDirectory);
    private readonly ExportValidator _validator = new(plan.Catalogue, plan.NewAreaRegistry);

    /// <summary>The cache the run reads and writes.</summary>
    public FingertipsCache Cache => _cache;

    /// <summary>Fetches every planned export in turn; <paramref name="progress"/> hears of each as it finishes.</summary>
    public async Task<FetchReport> RunAsync(Action<FetchOutcome>? progress = null, CancellationToken cancellation = default)
    {
        var outcomes = new List<FetchOutcome>();
        FetchError? unreachable = null;
        foreach (var item in plan.Items)
        {
            cancellation.ThrowIfCancellationRequested();
            // Once the server cannot be reached, trying every other export only repeats the wait; use the cache.
            var outcome = unreachable is null ? await FetchAsync(item, cancellation) : NotTried(item, unreachable);
            if (outcome.Error?.Kind == FetchErrorKind.Connection) unreachable = outcome.Error;
            outcomes.Add(outcome);
            progress?.Invoke(outcome);
        }
        return new FetchReport(outcomes);
    }

    private FetchOutcome NotTried(FetchItem item, FetchError cause)
    {
        var error = new FetchError(FetchErrorKind.NotTried, "Not tried: the server could not be reached for an earlier export.",
            cause.Fix, FingertipsApi.AllDataCsv(options.BaseUrl, item.FingertipsId, item.AreaType));
        var cached = _cache.Find(item);
        return new FetchOutcome(item, cached is null ? FetchStatus.Failed : FetchStatus.UsedCacheAfterFailure, cached, error, _cache.CsvPath(item));
    }

    /// <summary>
    /// Takes the quarantined records out of the download at <paramref name="temp"/> (every other byte is kept) and
    /// writes them, each under a comment naming its problem, to <paramref name="quarantinePath"/> for inspection.
    /// The quarantine file ends in .txt so the data loader never reads it as an export.
    /// </summary>
    private static void QuarantineRows(string temp, string quarantinePath, IReadOnlyList<QuarantinedRow> rows, Uri url)
    {
        var text = File.ReadAllText(temp, System.Text.Encoding.UTF8);
        var bad = rows.ToDictionary(r => r.Record);
        var kept = new System.Text.StringBuilder();
        var aside = new System.Text.StringBuilder($"# Rows of {url.AbsoluteUri} left out of {Path.GetFileName(quarantinePath).Replace(".quarantine.txt", ".csv", StringComparison.Ordinal)} (downloaded {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)\n");
        foreach (var (number, raw) in CsvRecords.Split(text))
        {
            if (number == 1) aside.Append(raw.TrimStart('\uFEFF'));
            if (bad.TryGetValue(number, out var row))
            {
                aside.Append($"# record {number}: {row.Problem.ReplaceLineEndings(" ")}\n").Append(raw);
                if (!raw.EndsWith('\n')) aside.Append('\n');
            }
            else kept.Append(raw);
        }
        File.WriteAllText(temp, kept.ToString(), new System.Text.UTF8Encoding(false));
        var asideTemp = quarantinePath + ".tmp";
        File.WriteAllText(asideTemp, aside.ToString(), new System.Text.UTF8Encoding(false));
        File.Move(asideTemp, quarantinePath, overwrite: true);
    }

    private static DateTime WholeSeconds(DateTime t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    /// <summary>Fetches one export.</summary>
    public async Task<FetchOutcome> FetchAsync(FetchItem item, CancellationToken cancellation = default)
    {
        var previous = _cache.Find(item);
        var path = _cache.CsvPath(item);
        if (options.Offline)
        {
            return previous is not null
                ? new FetchOutcome(item, FetchStatus.UsedCacheOffline, previous, null, path)
                : new FetchOutcome(item, FetchStatus.Failed, null, new FetchError(FetchErrorKind.NotCached,
                    "Offline, and there is no cached copy.",
                    "Run 'reportgen fetch' without --offline once while connected to the internet."), path);
        }

        var url = FingertipsApi.AllDataCsv(options.BaseUrl, item.FingertipsId, item.AreaType);
        var temp = _cache.NewTempPath(item);
        try
        {
            FetchError? error;
            ExportCheck? check = null;
            try
            {
                error = (await client.DownloadAsync(url, temp, options.Timeout, cancellation)).Error;
                if (error is null)
                {
                    check = _validator.Check(temp, item, Path.GetFileName(path), url);
                    error = check.Error;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The local disk, not the server: the temporary file could not be written or read back.
                error = new FetchError(FetchErrorKind.CacheWrite, $"The download could not be stored: {e.Message}",
                    $"Check that {_cache.Directory} is writable and the disk is not full.", url);
            }
            if (error is not null || check is null)
            {
                return previous is not null
                    ? new FetchOutcome(item, FetchStatus.UsedCacheAfterFailure, previous, error, path)
                    : new FetchOutcome(item, FetchStatus.Failed, null, error, path);
            }

            if (check.Quarantined.Count > 0)
                QuarantineRows(temp, _cache.QuarantinePath(item), check.Quarantined, url);

            var entry = new CacheEntry
            {
                FingertipsId = item.FingertipsId,
                IndicatorId = item.IndicatorId,
                ChildAreaTypeId = item.AreaType.ChildId,
                ParentAreaTypeId = item.AreaType.ParentId,
                Url = url.AbsoluteUri,
                DownloadedAt = WholeSeconds(DateTime.UtcNow),
                Sha256 = FingertipsCache.Sha256Of(temp),
                Rows = check.Rows - check.Quarantined.Count,
                Columns = check.Columns,
                QuarantinedRows = check.Quarantined.Count,
                Bytes = new FileInfo(temp).Length,
            };
            try
            {
                _cache.Commit(item, temp, entry);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var writeError = new FetchError(FetchErrorKind.CacheWrite, $"The download was good but could not be saved: {e.Message}",
                    $"Check that {_cache.Directory} is writable and that no program has {Path.GetFileName(path)} open.", url);
                var kept = _cache.Find(item);
                return kept is not null
                    ? new FetchOutcome(item, FetchStatus.UsedCacheAfterFailure, kept, writeError, path)
                    : new FetchOutcome(item, FetchStatus.Failed, null, writeError, path);
            }
            // A clean download leaves no quarantine file from an earlier run behind.
            if (check.Quarantined.Count == 0) FingertipsCache.TryDelete(_cache.QuarantinePath(item));
            return new FetchOutcome(item, FetchStatus.Downloaded, entry, null, path,
                Unchanged: previous is not null && previous.Sha256.Equals(entry.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                Quarantined = check.Quarantined,
            };
        }
        finally
        {
            FingertipsCache.TryDelete(temp);
        }
    }
}
