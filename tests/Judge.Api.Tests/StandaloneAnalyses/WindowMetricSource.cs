using System.Collections.Concurrent;
using Judge.MetricSources;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>
/// A Prometheus-typed source for lifetime tests: one series per query, one point per step of the window it is asked
/// for, and a record of every window asked for. <see cref="Bad"/> decides which canary series are shifted far up.
/// </summary>
public sealed class WindowMetricSource : IMetricSource
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Type => "prometheus";

    /// <summary>Canary queries (scope "canary") whose values are 200 above the baseline's.</summary>
    public Func<MetricQuery, bool> Bad { get; init; } = _ => false;

    /// <summary>The canary's noise is its own (another stretch of the sequence), not a copy of the baseline's.</summary>
    public bool DistinctCanaryNoise { get; init; }

    /// <summary>Queries that wait for <see cref="Release"/> (or cancellation).</summary>
    public Func<MetricQuery, bool> Holds { get; init; } = _ => false;

    public ConcurrentQueue<MetricQuery> Queries { get; } = new();

    public void Release() => released.TrySetResult();

    public string BuildQuery(MetricQuery query) => $"{query.MetricName}{{scope=\"{query.Scope.Scope}\"}}";

    public async Task<IReadOnlyList<MetricSet>> FetchAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        Queries.Enqueue(query);
        if (Holds(query))
            await released.Task.WaitAsync(cancellationToken);
        var start = query.Scope.Start.ToUnixTimeMilliseconds();
        var end = query.Scope.End.ToUnixTimeMilliseconds();
        var step = query.Scope.StepSeconds * 1000;
        var shift = query.Scope.Scope == "canary" && Bad(query) ? 200 : 0;
        var offset = DistinctCanaryNoise && query.Scope.Scope == "canary" ? 10_000 : 0;
        var values = Enumerable.Range(0, (int)((end - start) / step)).Select(i => 100.0 + Noise(i + offset) + shift).ToList();
        return
        [
            new MetricSet(query.MetricName, new Dictionary<string, string>(), start, query.Scope.Start.ToString("O"), end,
                query.Scope.End.ToString("O"), step, values, new Dictionary<string, string> { ["query"] = BuildQuery(query) }),
        ];
    }

    // Pseudo-random and uncorrelated from step to step, as real noise is: a regular pattern (a sawtooth) would be read
    // by the default judge as strong autocorrelation, i.e. little evidence.
    private static double Noise(int step) => (uint)(step + 1) * 2654435761u % 97 / 97.0 * 7;

    /// <summary>The (start, end) windows asked for a scope, in order, without repeats.</summary>
    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Windows(string scope) =>
        Queries.Where(q => q.Scope.Scope == scope).Select(q => (q.Scope.Start, q.Scope.End)).Distinct().ToList();
}
