namespace ReportGen.Fingertips;

/// <summary>The result for one export.</summary>
/// <param name="Item">Which indicator and area type.</param>
/// <param name="Status">What happened.</param>
/// <param name="Cached">The copy now in the cache (new or kept), or null when there is none.</param>
/// <param name="Error">Why the download failed, when it did.</param>
/// <param name="CachePath">The cached CSV's path.</param>
/// <param name="Unchanged">True when a download was identical to the copy it replaced.</param>
public sealed record FetchOutcome(FetchItem Item, FetchStatus Status, CacheEntry? Cached, FetchError? Error, string CachePath, bool Unchanged = false)
{
    /// <summary>Rows of a good download that did not read cleanly and were set aside (see <see cref="ExportCheck.Quarantined"/>).</summary>
    public IReadOnlyList<QuarantinedRow> Quarantined { get; init; } = [];

    /// <summary>True when the data folder has an export for the item after the run.</summary>
    public bool HasData => Status != FetchStatus.Failed;
}
