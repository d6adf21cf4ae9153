using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Fingertips;

/// <summary>
/// Downloads Fingertips exports over HTTP into a file, checking the transport-level facts (status, media type,
/// announced length) on the way. It never throws for network trouble: every failure comes back as a
/// <see cref="FetchError"/> naming the URL.
/// </summary>
public sealed partial class FingertipsClient(HttpClient http)
{
    private const string ConnectionFix =
        "Check the internet connection (and any proxy) and --base-url. To use the cached copies without the network, add --offline.";

    /// <summary>How long a connection attempt may take before the server counts as unreachable.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>An HttpClient suited to this client: no overall timeout of its own (each call sets one), gzip accepted.</summary>
    public static HttpClient CreateHttpClient()
    {
        // A host that never answers the connection attempt fails after ConnectTimeout rather than the whole per-call
        // allowance, and counts as unreachable (so the rest of the run uses the cache at once).
        var handler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, ConnectTimeout = ConnectTimeout };
        var client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("ReportGen-fetch/1.0");
        return client;
    }

    /// <summary>
    /// GETs <paramref name="url"/> and writes the body to <paramref name="targetPath"/> (which must not exist).
    /// The whole exchange, body included, must finish within <paramref name="timeout"/>.
    /// </summary>
    public async Task<DownloadResult> DownloadAsync(Uri url, string targetPath, TimeSpan timeout, CancellationToken cancellation = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        var token = deadline.Token;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.1));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            var result = new DownloadResult
            {
                Status = response.StatusCode,
                ContentType = response.Content.Headers.ContentType?.MediaType,
                DeclaredLength = response.Content.Headers.ContentLength,
            };

            if (!response.IsSuccessStatusCode)
            {
                var page = await SnippetAsync(response, token);
                return result with { Error = StatusError(response, page, url) };
            }
            if (NotCsvMediaType(result.ContentType) is { } what)
            {
                var page = await SnippetAsync(response, token);
                return result with
                {
                    Error = new FetchError(FetchErrorKind.NotCsv,
                        $"The server sent {what} ({result.ContentType}){Describe(page)} instead of a CSV export.",
                        "Fingertips may be down for maintenance, or --base-url may not point at its API (it ends in /api/). " +
                        "Open the URL in a browser to see what it sends, and try again later.", url),
                };
            }

            var (received, cut) = await CopyBodyAsync(response, targetPath, token);
            result = result with { BytesReceived = received };
            if (cut is not null || (result.DeclaredLength is { } declared && declared != received))
            {
                var problem = result.DeclaredLength is { } d
                    ? $"The response was cut short: {received:N0} of the {d:N0} bytes announced arrived{(cut is null ? "" : " before the connection closed")}."
                    : $"The response was cut short: the connection broke after {received:N0} bytes ({cut}).";
                return result with
                {
                    Error = new FetchError(FetchErrorKind.Truncated, problem,
                        "The connection dropped during the download. Run fetch again; if it keeps happening, try later or from another network.", url),
                };
            }
            return result;
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested && !deadline.IsCancellationRequested)
        {
            // Not our deadline: the handler's ConnectTimeout gave up on the connection.
            return new DownloadResult
            {
                Error = new FetchError(FetchErrorKind.Connection,
                    $"Could not connect: {Explain(e)}.",
                    ConnectionFix, url),
            };
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return new DownloadResult
            {
                Error = new FetchError(FetchErrorKind.Timeout,
                    $"No complete answer within {timeout.TotalSeconds:0.#} s.",
                    "Fingertips can be slow with large exports: try again, or allow longer with --timeout.", url),
            };
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ResponseEnded)
        {
            return new DownloadResult
            {
                Error = new FetchError(FetchErrorKind.Truncated,
                    "The server closed the connection before its answer was complete.",
                    "The connection dropped during the download. Run fetch again; if it keeps happening, try later or from another network.", url),
            };
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.InvalidResponse or HttpRequestError.ConfigurationLimitExceeded)
        {
            return new DownloadResult
            {
                Error = new FetchError(FetchErrorKind.NotCsv,
                    $"The server's answer is not valid HTTP: {Explain(e)}.",
                    "Check that --base-url names the Fingertips API over http or https (it ends in /api/).", url),
            };
        }
        catch (HttpRequestException e)
        {
            return new DownloadResult
            {
                Error = new FetchError(FetchErrorKind.Connection,
                    $"Could not connect: {Explain(e)}.",
                    ConnectionFix, url),
            };
        }
    }

    /// <summary>Copies the body to the file; returns the bytes written and, if the connection broke mid-body, why.</summary>
    private static async Task<(long Received, string? Cut)> CopyBodyAsync(HttpResponseMessage response, string targetPath, CancellationToken token)
    {
        await using var body = await response.Content.ReadAsStreamAsync(token);
        await using var file = new FileStream(targetPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long received = 0;
        while (true)
        {
            int read;
            try
            {
                read = await body.ReadAsync(buffer, token);
            }
            catch (Exception e) when (e is HttpIOException or IOException && !token.IsCancellationRequested)
            {
                return (received, Explain(e));
            }
            if (read == 0) return (received, null);
            await file.WriteAsync(buffer.AsMemory(0, read), token);
            received += read;
        }
    }

    private static FetchError StatusError(HttpResponseMessage response, string page, Uri url)
    {
        var code = (int)response.StatusCode;
        var fix = code switch
        {
            404 => "Check that the indicator number exists on Fingertips and has data for this area type, and that --base-url points at the API (it ends in /api/).",
            >= 500 => "Fingertips is having trouble; try again later. Cached copies are kept and used meanwhile.",
            _ => "Open the URL in a browser to see what the server says; check --base-url and the indicator number.",
        };
        return new FetchError(FetchErrorKind.HttpStatus,
            $"The server answered HTTP {code} ({response.ReasonPhrase}){Describe(page)}.", fix, url);
    }

    /// <summary>Names a media type that is certainly not a CSV export, or returns null.</summary>
    internal static string? NotCsvMediaType(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        null => null,
        "text/html" or "application/xhtml+xml" => "an HTML page",
        "application/json" or "text/json" or "application/problem+json" => "JSON",
        var t when t.EndsWith("/xml", StringComparison.Ordinal) || t.EndsWith("+xml", StringComparison.Ordinal) => "XML",
        var t when t.StartsWith("image/", StringComparison.Ordinal) => "an image",
        _ => null,
    };

    /// <summary>Up to a few hundred characters of an error body, best effort.</summary>
    private static async Task<string> SnippetAsync(HttpResponseMessage response, CancellationToken token)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(token);
            var buffer = new byte[4096];
            var read = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, token);
            return Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return "";
        }
    }

    /// <summary>A short description of an error page: its title, or its first line of text.</summary>
    internal static string Describe(string page)
    {
        if (string.IsNullOrWhiteSpace(page)) return "";
        var title = TitlePattern().Match(page);
        var text = title.Success ? title.Groups[1].Value : TagPattern().Replace(page, " ");
        text = SpacePattern().Replace(text, " ").Trim();
        if (text.Length == 0) return "";
        if (text.Length > 120) text = text[..117] + "...";
        return $": \"{text}\"";
    }

    /// <summary>The exception's message, followed by its innermost cause when that adds something.</summary>
    private static string Explain(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        var text = e.Message.TrimEnd('.');
        return ReferenceEquals(inner, e) || text.Contains(inner.Message.TrimEnd('.'), StringComparison.Ordinal)
            ? text
            : $"{text} ({inner.Message.TrimEnd('.')})";
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitlePattern();
    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex TagPattern();
    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
