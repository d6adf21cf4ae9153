using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ReportGen.Fingertips.Tests.TestSupport;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 and a free port, written on a raw socket so it can also misbehave: announce
/// more bytes than it sends, drop the connection mid-body, or never answer. Each connection serves one request.
/// </summary>
public sealed class StubServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public StubServer(Func<string, StubResponse> respond)
    {
        Respond = respond;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Decides the answer from the request target (path and query); may be swapped between runs.</summary>
    public Func<string, StubResponse> Respond { get; set; }

    public int Port { get; }

    /// <summary>The API root to give as --base-url.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/api/");

    /// <summary>Every request target received, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Stops listening: later connections are refused.</summary>
    public void Stop()
    {
        if (_stop.IsCancellationRequested) return;
        _stop.Cancel();
        _listener.Stop();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
        {
            limit.CancelAfter(TimeSpan.FromSeconds(15));
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream, limit.Token);
                var target = head.Split(' ', 3) is [_, var t, ..] ? t : "/";
                Requests.Enqueue(target);
                var response = Respond(target);
                if (response.CloseWithoutAnswer)
                {
                    client.Client.Shutdown(SocketShutdown.Both);
                    return;
                }
                if (response.Hang)
                {
                    await Task.Delay(Timeout.Infinite, limit.Token);
                    return;
                }
                var header = new StringBuilder($"HTTP/1.1 {response.Status} {response.Reason}\r\n");
                if (response.ContentType is not null) header.Append($"Content-Type: {response.ContentType}\r\n");
                if (!response.OmitLength) header.Append($"Content-Length: {response.DeclaredLength ?? response.Body.Length}\r\n");
                header.Append("Connection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(header.ToString()), limit.Token);
                await stream.WriteAsync(response.Body.AsMemory(0, Math.Min(response.SendBytes ?? int.MaxValue, response.Body.Length)), limit.Token);
                await stream.FlushAsync(limit.Token);
                client.Client.Shutdown(SocketShutdown.Send);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The client went away or the server is stopping; nothing to answer.
            }
        }
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream, CancellationToken token)
    {
        var bytes = new List<byte>();
        var buffer = new byte[1];
        while (bytes.Count < 16384)
        {
            if (await stream.ReadAsync(buffer, token) == 0) break;
            bytes.Add(buffer[0]);
            if (bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n') break;
        }
        return Encoding.ASCII.GetString(bytes.ToArray());
    }
}
