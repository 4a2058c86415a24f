using System.Collections.Concurrent;
using Judge.MetricSources;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// A deterministic Prometheus-typed source: one untagged series per query, one point per step of the scope, the value
/// given by <see cref="Value"/>. Queries can be held (until <see cref="Release"/> or cancellation) or made to fail.
/// </summary>
public sealed class FakeMetricSource : IMetricSource
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Type => "prometheus";

    /// <summary>The value of point i of a metric's series for a scope name ("baseline", "canary").</summary>
    public Func<string, string, int, double> Value { get; init; } = (_, _, i) => 100 + i % 7;

    /// <summary>The tags of a query's series (default none).</summary>
    public Func<MetricQuery, IReadOnlyDictionary<string, string>> Tags { get; init; } = _ => new Dictionary<string, string>();

    /// <summary>Queries that wait for <see cref="Release"/>.</summary>
    public Func<MetricQuery, bool> Holds { get; init; } = _ => false;

    /// <summary>Queries that fail as a provider would.</summary>
    public Func<MetricQuery, bool> Fails { get; init; } = _ => false;

    /// <summary>Queries whose config cannot be built (as an undefined template variable would make them).</summary>
    public Func<MetricQuery, bool> Unbuildable { get; init; } = _ => false;

    /// <summary>A held fetch that is canceled fails as an HTTP client's aborted request does, instead of ending on the cancellation.</summary>
    public bool FailsWhenCanceled { get; init; }

    public ConcurrentQueue<MetricQuery> Queries { get; } = new();

    public ConcurrentQueue<MetricQuery> Held { get; } = new();

    private int inFlight;
    private int maxInFlight;

    /// <summary>The most fetches that were in progress at once.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public void Release() => released.TrySetResult();

    public string BuildQuery(MetricQuery query) => Unbuildable(query)
        ? throw new MetricQueryException(query.MetricName, "customFilterTemplate", "template variable ${zone} is not defined.")
        : $"{query.MetricName}{{scope=\"{query.Scope.Scope}\"}}";

    public async Task<IReadOnlyList<MetricSet>> FetchAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        Queries.Enqueue(query);
        var now = Interlocked.Increment(ref inFlight);
        for (var seen = Volatile.Read(ref maxInFlight); now > seen; seen = Volatile.Read(ref maxInFlight))
            Interlocked.CompareExchange(ref maxInFlight, now, seen);
        try
        {
            if (Holds(query))
            {
                Held.Enqueue(query);
                try
                {
                    await released.Task.WaitAsync(cancellationToken);
                }
                catch (OperationCanceledException) when (FailsWhenCanceled)
                {
                    throw new HttpRequestException("The request was aborted.");
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
        if (Fails(query))
            throw new MetricFetchException(query.MetricName, "prom", "the provider answered 503 Service Unavailable");

        var start = query.Scope.Start.ToUnixTimeMilliseconds();
        var end = query.Scope.End.ToUnixTimeMilliseconds();
        var step = query.Scope.StepSeconds * 1000;
        var values = Enumerable.Range(0, (int)((end - start) / step)).Select(i => Value(query.MetricName, query.Scope.Scope, i)).ToList();
        return
        [
            new MetricSet(query.MetricName, Tags(query), start, query.Scope.Start.ToString("O"), end,
                query.Scope.End.ToString("O"), step, values, new Dictionary<string, string> { ["query"] = BuildQuery(query) }),
        ];
    }
}
