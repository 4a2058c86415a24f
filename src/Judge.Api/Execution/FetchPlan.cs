using Judge.Api.Model;
using Judge.MetricSources;

namespace Judge.Api.Execution;

/// <summary>The query one fetch stage runs: which metric, which side, which scope.</summary>
public sealed record FetchPlan(string StageRefId, int MetricIndex, MetricSide Side, MetricQuery Query)
{
    public static IReadOnlyList<FetchPlan> For(CanaryConfig config, CanaryExecutionRequest request)
    {
        var metrics = config.Metrics ?? [];
        var plans = new List<FetchPlan>(metrics.Count * 2);
        foreach (var side in new[] { MetricSide.Control, MetricSide.Experiment })
        {
            for (var i = 0; i < metrics.Count; i++)
                plans.Add(new FetchPlan(StageNames.Fetch(side, i), i, side, BuildQuery(config, request, metrics[i], side)));
        }
        return plans;
    }

    public static MetricScope Scope(CanaryExecutionRequest request, string? scopeName, MetricSide side)
    {
        var pair = request.Scopes?.GetValueOrDefault(scopeName ?? "")
            ?? throw new InvalidOperationException($"The request has no scope '{scopeName}'.");
        var scope = (side == MetricSide.Control ? pair.ControlScope : pair.ExperimentScope)
            ?? throw new InvalidOperationException($"Scope '{scopeName}' has no {side.ToString().ToLowerInvariant()} scope.");
        return new MetricScope(
            scope.Scope ?? "",
            scope.Location,
            scope.Start ?? throw new InvalidOperationException($"Scope '{scopeName}' has no start."),
            scope.End ?? throw new InvalidOperationException($"Scope '{scopeName}' has no end."),
            scope.Step ?? CanaryScopeDefaults.StepSeconds,
            scope.ExtendedScopeParams ?? new Dictionary<string, string>());
    }

    private static MetricQuery BuildQuery(CanaryConfig config, CanaryExecutionRequest request, CanaryMetricConfig metric, MetricSide side) => new(
        metric.Name ?? "",
        metric.Query ?? throw new InvalidOperationException($"Metric '{metric.Name}' has no query."),
        Scope(request, metric.ScopeName, side),
        config.Templates ?? new Dictionary<string, string>());
}
