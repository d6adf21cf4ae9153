namespace ReportGen.Fingertips;

/// <summary>What <c>reportgen fetch</c> was asked to do.</summary>
public sealed record FetchOptions
{
    /// <summary>The data folder; exports are cached in its fingertips/ sub-folder.</summary>
    public required string DataDirectory { get; init; }
    /// <summary>The API root; the public Fingertips API unless a mirror or test server is named.</summary>
    public Uri BaseUrl { get; init; } = FingertipsApi.DefaultBaseUrl;
    /// <summary>indicators.yaml ids or Fingertips numbers to fetch; empty means every indicator with a fingertips_id.</summary>
    public IReadOnlyList<string> Indicators { get; init; } = [];
    /// <summary>Never touch the network: report what the cache holds.</summary>
    public bool Offline { get; init; }
    /// <summary>
    /// Fingertips child area type ids to fetch instead of the default (502 and 6, plus 501 when areas.csv has
    /// districts); e.g. 402 or 102 for data published only on an older geography.
    /// </summary>
    public IReadOnlyList<int> AreaTypeIds { get; init; } = [];
    /// <summary>Plan the run and print the exact URLs it would call, without touching the network or the cache.</summary>
    public bool DryRun { get; init; }
    /// <summary>The longest one download may take, body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The cache folder: data/fingertips.</summary>
    public string CacheDirectory => Path.Combine(DataDirectory, "fingertips");
}
