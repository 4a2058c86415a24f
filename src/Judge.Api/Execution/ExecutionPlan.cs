using Judge.Api.Model;

namespace Judge.Api.Execution;

/// <summary>
/// What an execution fetches and from where, worked out once per run: the starter's plan goes on to the runner when
/// both run in one call (a synchronous gate), and a job's run resolves its own when it starts.
/// </summary>
public sealed class ExecutionPlan(MetricAccounts accounts, CanaryConfig config, CanaryExecutionRequest request)
{
    // Built when first read: the runner reads it after its setup stage, which is where a stored request without a
    // metric's scope has always surfaced.
    private readonly Lazy<IReadOnlyList<FetchPlan>> fetches = new(() => FetchPlan.For(config, request));

    public MetricAccounts Accounts { get; } = accounts;

    /// <summary>One fetch per metric and side, in the order of <see cref="FetchPlan.For"/>.</summary>
    public IReadOnlyList<FetchPlan> Fetches => fetches.Value;

    public FetchPlan Fetch(MetricSide side, int metricIndex) =>
        Fetches.First(fetch => fetch.Side == side && fetch.MetricIndex == metricIndex);
}
