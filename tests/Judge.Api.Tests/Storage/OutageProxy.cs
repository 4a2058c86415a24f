using System.Net;
using System.Net.Sockets;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// A loopback TCP relay in front of a server that can be cut and restored, as a network outage would: while cut, open
/// connections are reset and new ones refused; the server behind it keeps running, so nothing it was writing is torn.
/// </summary>
/// <remarks>
/// Killing s3rver itself to make an outage can tear an object it has already acknowledged (it answers a PUT before the
/// object is fully on disk). s3rver also writes an object as its body arrives, so a PUT cut mid-body can tear one too:
/// cut only while nothing is being written. A real S3 outage never keeps a torn object.
/// </remarks>
public sealed class OutageProxy : IAsyncDisposable
{
    private readonly int targetPort;
    private readonly List<TcpClient> open = [];
    private TcpListener? listener;
    private Task accepting = Task.CompletedTask;

    public OutageProxy(int targetPort)
    {
        this.targetPort = targetPort;
        Listen(0);
    }

    public int Port { get; private set; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>Resets every open connection and refuses new ones until <see cref="Restore"/>.</summary>
    public async Task CutAsync()
    {
        listener?.Stop();
        listener = null;
        await accepting.ConfigureAwait(false);
        lock (open)
        {
            foreach (var client in open)
                Reset(client);
            open.Clear();
        }
    }

    /// <summary>Accepts connections again, on the same port.</summary>
    public void Restore() => Listen(Port);

    public async ValueTask DisposeAsync() => await CutAsync().ConfigureAwait(false);

    private void Listen(int port)
    {
        var next = new TcpListener(IPAddress.Loopback, port);
        next.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        next.Start();
        Port = ((IPEndPoint)next.LocalEndpoint).Port;
        listener = next;
        accepting = AcceptAsync(next);
    }

    private async Task AcceptAsync(TcpListener from)
    {
        while (true)
        {
            TcpClient incoming;
            try
            {
                incoming = await from.AcceptTcpClientAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return; // cut
            }
            _ = RelayAsync(incoming);
        }
    }

    private async Task RelayAsync(TcpClient incoming)
    {
        var outgoing = new TcpClient();
        lock (open)
        {
            open.Add(incoming);
            open.Add(outgoing);
        }
        try
        {
            await outgoing.ConnectAsync(IPAddress.Loopback, targetPort).ConfigureAwait(false);
            var inbound = incoming.GetStream();
            var outbound = outgoing.GetStream();
            await Task.WhenAny(inbound.CopyToAsync(outbound), outbound.CopyToAsync(inbound)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // Cut, or one side went away: both are closed below.
        }
        finally
        {
            lock (open)
            {
                open.Remove(incoming);
                open.Remove(outgoing);
            }
            Reset(incoming);
            Reset(outgoing);
        }
    }

    private static void Reset(TcpClient client)
    {
        try
        {
            client.Client.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }
        client.Dispose();
    }
}
