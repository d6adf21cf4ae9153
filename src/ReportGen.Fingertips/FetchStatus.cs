namespace ReportGen.Fingertips;

/// <summary>How one export ended up.</summary>
public enum FetchStatus
{
    /// <summary>Downloaded, checked and written to the cache.</summary>
    Downloaded,
    /// <summary>The download failed; the cached copy is kept, unchanged, and used.</summary>
    UsedCacheAfterFailure,
    /// <summary>Offline: the cached copy is used without trying the network.</summary>
    UsedCacheOffline,
    /// <summary>The download failed (or was not tried, offline) and nothing is cached.</summary>
    Failed,
}
