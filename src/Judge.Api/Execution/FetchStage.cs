using Judge.Api.Json;
using Judge.Api.Storage;
using Judge.Api.Telemetry;
using Judge.MetricSources;
using Microsoft.Extensions.Options;

namespace Judge.Api.Execution;

/// <summary>A fetch stage: one metric's series for one side, from the metric's source, stored as a metric set list.</summary>
public sealed class FetchStage(ServiceTelemetry telemetry, IOptions<ExecutionOptions> options, TimeProvider clock)
{
    public async Task RunAsync(ExecutionRun run, FetchPlan plan, ExecutionStage stage, CancellationToken cancellationToken)
    {
        var (account, source) = run.Plan.Accounts.For(plan.MetricIndex);
        IReadOnlyList<MetricSet> sets;
        var started = clock.GetTimestamp();
        var outcome = "failure";
        var timeout = options.Value.FetchTimeout;
        using var timer = new CancellationTokenSource(timeout, clock);
        using var fetchCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            sets = await source.FetchAsync(plan.Query, fetchCancellation.Token);
            outcome = "success";
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw StageFailures.OfFetch(ex, plan, account.Name, timer.IsCancellationRequested, timeout);
        }
        finally
        {
            telemetry.MetricFetched(source.Type, clock.GetElapsedTime(started), outcome);
        }

        var listId = ObjectId.New();
        await run.Store.WriteAsync(ObjectType.MetricSetList, listId, StoredJson.Serialize(sets), null, cancellationToken);
        stage.MetricSetListId = listId;
    }
}
