using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Judge.Api.Lifetime;

public sealed record AnalysisTicket(string StorageAccountName, string AnalysisId);

/// <summary>
/// Analyses waiting for the worker, and the ones this host runs: a claim makes one runner (or one cancel) the only
/// writer of a document on this host, and carries the token that cancels the run.
/// </summary>
public sealed class AnalysisQueue
{
    private readonly Channel<AnalysisTicket> channel = Channel.CreateUnbounded<AnalysisTicket>();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> claims = new(StringComparer.Ordinal);

    public ValueTask EnqueueAsync(AnalysisTicket ticket, CancellationToken cancellationToken) =>
        channel.Writer.WriteAsync(ticket, cancellationToken);

    public IAsyncEnumerable<AnalysisTicket> ReadAllAsync(CancellationToken cancellationToken) =>
        channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>The token that is canceled when a client cancels the analysis; null when someone else holds the claim.</summary>
    public CancellationTokenSource? TryClaim(string analysisId)
    {
        var source = new CancellationTokenSource();
        if (claims.TryAdd(analysisId, source))
            return source;
        source.Dispose();
        return null;
    }

    /// <summary>True while a runner (or a cancel) on this host holds the analysis.</summary>
    public bool IsClaimed(string analysisId) => claims.ContainsKey(analysisId);

    public void Release(string analysisId)
    {
        if (claims.TryRemove(analysisId, out var source))
            source.Dispose();
    }

    /// <summary>Signals the claim holder to cancel; false when nobody on this host holds the analysis.</summary>
    public bool TryCancel(string analysisId)
    {
        if (!claims.TryGetValue(analysisId, out var source))
            return false;
        try
        {
            source.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }
}
