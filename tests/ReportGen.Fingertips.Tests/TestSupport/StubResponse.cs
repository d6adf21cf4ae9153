using System.Text;

namespace ReportGen.Fingertips.Tests.TestSupport;

/// <summary>What the stub server answers to one request, including the ways a real server can misbehave.</summary>
public sealed record StubResponse
{
    public int Status { get; init; } = 200;
    public string Reason { get; init; } = "OK";
    /// <summary>The Content-Type header; null sends none.</summary>
    public string? ContentType { get; init; } = "text/csv";
    public byte[] Body { get; init; } = [];
    /// <summary>The Content-Length to announce; null announces the body's true length.</summary>
    public long? DeclaredLength { get; init; }
    /// <summary>Send no Content-Length: the body ends when the connection closes.</summary>
    public bool OmitLength { get; init; }
    /// <summary>Send only this many bytes of the body, then close the connection.</summary>
    public int? SendBytes { get; init; }
    /// <summary>Read the request and never answer.</summary>
    public bool Hang { get; init; }
    /// <summary>Read the request and close the connection without a word.</summary>
    public bool CloseWithoutAnswer { get; init; }

    public static StubResponse Csv(string text) => new() { Body = Encoding.UTF8.GetBytes(text) };

    public static StubResponse Error(int status, string reason, string html) =>
        new() { Status = status, Reason = reason, ContentType = "text/html; charset=utf-8", Body = Encoding.UTF8.GetBytes(html) };
}
