namespace ReportGen.Fingertips;

/// <summary>What kind of thing went wrong with a download; tests and callers branch on this, not on wording.</summary>
public enum FetchErrorKind
{
    /// <summary>No connection could be made (refused, unknown host, TLS failure).</summary>
    Connection,
    /// <summary>No complete answer within the time allowed.</summary>
    Timeout,
    /// <summary>The server answered with a status other than 2xx.</summary>
    HttpStatus,
    /// <summary>The body is not CSV at all (an HTML error page, JSON, XML, nothing).</summary>
    NotCsv,
    /// <summary>CSV, but its header is not the Fingertips export header.</summary>
    WrongHeader,
    /// <summary>The body stopped early: fewer bytes than announced, a cut-off last row or an unclosed quote.</summary>
    Truncated,
    /// <summary>The export has the right shape but does not read cleanly, holds no rows or the wrong indicator.</summary>
    BadContent,
    /// <summary>The cache file could not be written.</summary>
    CacheWrite,
    /// <summary>Offline and nothing cached.</summary>
    NotCached,
    /// <summary>Not tried, because the server could not be reached for an earlier export of the same run.</summary>
    NotTried,
}
