using Judge.Api.Limits;
using Judge.Api.Model;
using Judge.Api.Problems;
using Judge.Stats.Judging;
using Judge.Stats.Scoring;
using Microsoft.Extensions.Options;

namespace Judge.Api.Judging;

/// <summary>
/// Pairs each MetricSetPair with its metric config (by name, as Kayenta does) and builds the judge's input: groups and
/// analysis settings from the config, group weights from its classifier, and the request's thresholds. A metric
/// without a group is judged in the implicit group <see cref="ImplicitGroup"/> (Kayenta would leave it out of the
/// score, so the simplest config scored 0); groups without a classifier weight share what the weights leave of 100,
/// equally — all of it when the config has no classifier.
/// </summary>
public sealed class JudgeInputBuilder(IOptions<RequestLimits> limits)
{
    public const string ImplicitGroup = "ungrouped";

    /// <param name="pairsPath">JSON path of the pair list in the request, for error paths ("metricSetPairs").</param>
    /// <exception cref="ProblemException">400 naming every unusable field.</exception>
    public CanaryJudgeInput Build(CanaryConfig config, IReadOnlyList<MetricSetPair> pairs, ScoreThresholds thresholds, string pairsPath = "metricSetPairs")
    {
        var errors = new List<FieldError>();
        var maxPoints = limits.Value.MaxSeriesLength;
        if (pairs.Count > limits.Value.MaxMetrics)
            throw new[] { new FieldError(pairsPath, $"holds {pairs.Count} pairs, more than {limits.Value.MaxMetrics} (Judge:Limits:MaxMetrics).") }.ToProblem();

        var metricsByName = new Dictionary<string, (CanaryMetricConfig Metric, int Index)>(StringComparer.Ordinal);
        for (var i = 0; i < (config.Metrics?.Count ?? 0); i++)
            if (config.Metrics![i]?.Name is { Length: > 0 } name)
                metricsByName.TryAdd(name, (config.Metrics[i], i));

        var inputs = new List<MetricPairInput>(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            var path = $"{pairsPath}[{i}]";
            if (pair is null)
            {
                errors.Add(new FieldError(path, "must be an object."));
                continue;
            }
            if (string.IsNullOrEmpty(pair.Name) || !metricsByName.TryGetValue(pair.Name, out var match))
            {
                errors.Add(new FieldError($"{path}.name", $"names no metric of the canary config ('{pair.Name}')."));
                continue;
            }
            var control = pair.Values?.Control;
            var experiment = pair.Values?.Experiment;
            if (control is null) errors.Add(new FieldError($"{path}.values.control", "is required (an array of numbers)."));
            if (experiment is null) errors.Add(new FieldError($"{path}.values.experiment", "is required (an array of numbers)."));
            if (control?.Count > maxPoints) errors.Add(new FieldError($"{path}.values.control", SeriesTooLong(control.Count, maxPoints)));
            if (experiment?.Count > maxPoints) errors.Add(new FieldError($"{path}.values.experiment", SeriesTooLong(experiment.Count, maxPoints)));
            var analysis = AnalysisConfigReader.Read(match.Metric.AnalysisConfigurations, $"canaryConfig.metrics[{match.Index}].analysisConfigurations", errors);
            if (control is null || experiment is null) continue;
            inputs.Add(new MetricPairInput(
                pair.Id ?? "",
                pair.Name,
                GroupsOf(match.Metric),
                pair.Tags ?? new Dictionary<string, string>(),
                control,
                experiment,
                analysis));
        }
        if (errors.Count > 0) throw errors.ToProblem("The metric set pairs cannot be judged with this canary config.");

        return new CanaryJudgeInput(inputs, config.Classifier?.GroupWeights ?? new Dictionary<string, double>(), thresholds);
    }

    private static IReadOnlyList<string> GroupsOf(CanaryMetricConfig metric)
    {
        var groups = metric.Groups?.Where(g => !string.IsNullOrEmpty(g)).ToList() ?? [];
        return groups.Count > 0 ? groups : [ImplicitGroup];
    }

    private static string SeriesTooLong(int count, int max) => $"holds {count} values, more than {max} (Judge:Limits:MaxSeriesLength).";
}
