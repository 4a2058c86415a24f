using Judge.Api.Accounts;
using Judge.Api.Model;
using Judge.Api.Storage;

namespace Judge.Api.Execution;

/// <summary>
/// What starting a run needs, whether an execution or a standalone analysis: room in the queue, the accounts resolved to
/// concrete names, the queries checked to build, and the time.
/// </summary>
public sealed class StartServices(
    QueryDryRun dryRun, ExecutionAdmission admission, ObjectStoreResolver stores, ExecutionMetricSources sources, TimeProvider clock)
{
    public QueryDryRun DryRun => dryRun;
    public TimeProvider Clock => clock;

    /// <exception cref="QueueFullException">Judge:Execution:MaxQueued executions are unfinished.</exception>
    public Task EnsureRoomAsync(CancellationToken cancellationToken) => admission.EnsureRoomAsync(cancellationToken);

    /// <summary>The storage account the run is stored in: the one named, or the default one.</summary>
    /// <exception cref="AccountResolutionException">the account cannot be resolved.</exception>
    public string StorageAccountName(string? requested) => stores.Resolve(requested, AccountUse.ObjectStore).Account.Name;

    /// <exception cref="AccountResolutionException">an account cannot be resolved.</exception>
    public MetricAccounts MetricAccounts(CanaryConfig config, string? metricsAccountName) => sources.ForConfig(config, metricsAccountName);
}
