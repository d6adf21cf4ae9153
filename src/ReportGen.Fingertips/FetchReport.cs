namespace ReportGen.Fingertips;

/// <summary>Every outcome of one fetch run.</summary>
public sealed record FetchReport(IReadOnlyList<FetchOutcome> Outcomes)
{
    public int Downloaded => Outcomes.Count(o => o.Status == FetchStatus.Downloaded);
    public int FromCache => Outcomes.Count(o => o.Status is FetchStatus.UsedCacheAfterFailure or FetchStatus.UsedCacheOffline);
    public int Failed => Outcomes.Count(o => o.Status == FetchStatus.Failed);

    /// <summary>0 when every export is available (downloaded or cached), 1 when any has no data at all.</summary>
    public int ExitCode => Failed > 0 ? 1 : 0;
}
