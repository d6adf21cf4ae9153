using System.Net;

namespace ReportGen.Fingertips;

/// <summary>What one HTTP download produced: the response's status and headers, how much arrived, or what failed.</summary>
public sealed record DownloadResult
{
    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? Status { get; init; }
    /// <summary>The media type of the response, e.g. <c>text/csv</c>; null when not given.</summary>
    public string? ContentType { get; init; }
    /// <summary>The Content-Length the server announced, when it did.</summary>
    public long? DeclaredLength { get; init; }
    /// <summary>Bytes of body written to the target file.</summary>
    public long BytesReceived { get; init; }
    /// <summary>Null when the whole body arrived with a 2xx status.</summary>
    public FetchError? Error { get; init; }
}
