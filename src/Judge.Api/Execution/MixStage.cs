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
        // The stored lists are read concurrently (their storage round trips overlap); they are mixed in metric order,
        // and a missing or damaged list fails the stage in that order, as reading them one by one did.
        var reads = Enumerable.Range(0, metrics.Count)
            .Select(i => (
                Control: LoadSetsAsync(run, StageNames.Fetch(MetricSide.Control, i), cancellationToken),
                Experiment: LoadSetsAsync(run, StageNames.Fetch(MetricSide.Experiment, i), cancellationToken)))
            .ToList();
        try
        {
            await Task.WhenAll(reads.SelectMany(read => new[] { read.Control, read.Experiment }));
        }
        catch
        {
            // Thrown below by the first failed read in metric order.
        }
        var pairs = new List<Model.MetricSetPair>();
        for (var i = 0; i < metrics.Count; i++)
        {
            var control = await reads[i].Control;
            var experiment = await reads[i].Experiment;
            pairs.AddRange(MetricSetMixer.Mix(
                metrics[i].Name ?? "",
                control,
                TimeGrid.ExpectedBy(run.Plan.Fetch(MetricSide.Control, i).Query.Scope),
                experiment,
                TimeGrid.ExpectedBy(run.Plan.Fetch(MetricSide.Experiment, i).Query.Scope)));
        }

        var pairListId = ObjectId.New();
        await run.Store.WriteAsync(ObjectType.MetricSetPairList, pairListId, StoredJson.Serialize(pairs), null, cancellationToken);
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
