using Judge.Api.Json;
using Judge.Api.Storage;
using Judge.MetricSources;

namespace Judge.Api.Execution;

/// <summary>The mixMetrics stage: pairs each metric's stored control and experiment series and stores the pairs.</summary>
public sealed class MixStage
{
    public async Task RunAsync(ExecutionRun run, ExecutionStage stage, CancellationToken cancellationToken)
    {
        var execution = run.Execution;
        var metrics = execution.Config.Metrics ?? [];
        var pairs = new List<Model.MetricSetPair>();
        for (var i = 0; i < metrics.Count; i++)
        {
            var control = await LoadSetsAsync(run, StageNames.Fetch(MetricSide.Control, i), cancellationToken);
            var experiment = await LoadSetsAsync(run, StageNames.Fetch(MetricSide.Experiment, i), cancellationToken);
            pairs.AddRange(MetricSetMixer.Mix(
                metrics[i].Name ?? "",
                control,
                TimeGrid.ExpectedBy(run.Plan.Fetch(MetricSide.Control, i).Query.Scope),
                experiment,
                TimeGrid.ExpectedBy(run.Plan.Fetch(MetricSide.Experiment, i).Query.Scope)));
        }

        var pairListId = ObjectId.New();
        await run.Store.WriteAsync(ObjectType.MetricSetPairList, pairListId, MetricSetPairJson.WriteList(pairs, KayentaJson.Options), null, cancellationToken);
        execution.MetricSetPairListId = pairListId;
    }

    private static async Task<IReadOnlyList<MetricSet>> LoadSetsAsync(ExecutionRun run, string fetchRefId, CancellationToken cancellationToken)
    {
        var listId = run.Execution.Stage(fetchRefId).MetricSetListId
            ?? throw new StageFailedException($"Stage {fetchRefId} has no stored metric set list.");
        var json = await run.Store.ReadAsync(ObjectType.MetricSetList, listId, cancellationToken)
            ?? throw new StageFailedException($"The metric set list {listId} of stage {fetchRefId} is missing from storage account '{run.Execution.StorageAccountName}'.");
        return StoredJson.Deserialize<List<MetricSet>>(json, $"metric set list '{listId}'");
    }
}
