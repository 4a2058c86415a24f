using Judge.Api.Limits;
using Judge.Api.Model;
using Judge.Api.Problems;
using Judge.Api.Validation;
using Judge.MetricSources;
using Microsoft.Extensions.Options;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>
/// Everything Kayenta only finds out after answering 200 (no scopes, neither an end time nor a lifetime, …) and what
/// would make a judgement fail later (a metric's scope missing, a window longer than Judge:Limits:MaxSeriesLength),
/// reported at request time by JSON path.
/// </summary>
public sealed class StandaloneAnalysisRequestValidator(
    IOptions<RequestLimits> limits, IOptions<StandaloneAnalysisOptions> lifetimeOptions, TimeProvider clock)
{
    // A year: keeps every minute count far from TimeSpan's limits.
    private const long MaxMinutes = 527_040;

    public IReadOnlyList<FieldError> Validate(StandaloneAnalysisRequest request, CanaryConfig? config)
    {
        var errors = new List<FieldError>();
        CheckScopes(request, errors);
        CheckMinutes(request.BeginAfterMins, "beginAfterMins", errors);
        CheckMinutes(request.LookbackMins, "lookbackMins", errors);
        if (request.AnalysisIntervalMins is { } interval) CheckMinutes(interval, "analysisIntervalMins", errors);
        if (request.FailureLimit is < 1) errors.Add(new FieldError("failureLimit", "must be at least 1 (1 = fail at the first judgement scoring at or below marginal)."));
        if (request.InconclusiveLimit is < 0) errors.Add(new FieldError("inconclusiveLimit", "must be 0 or more."));
        if (request.Thresholds is null)
            errors.Add(new FieldError("thresholds", "is required: {\"pass\": number, \"marginal\": number}."));
        else
            errors.AddRange(new ScoreThresholdsValidator().Validate(request.Thresholds).ToFieldErrors().Under("thresholds"));
        if (errors.Count == 0)
            CheckPlan(request, errors);
        if (config is not null && request.Scopes is { } scopes)
            CheckMetricScopes(config, scopes, errors);
        return errors;
    }

    private static void CheckScopes(StandaloneAnalysisRequest request, List<FieldError> errors)
    {
        if (request.Scopes is not { Count: > 0 } scopes)
        {
            errors.Add(new FieldError("scopes", "must hold at least one scope {scopeName, controlScope, experimentScope, …}."));
            return;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scopes.Count; i++)
        {
            var path = $"scopes[{i}]";
            if (scopes[i] is not { } scope)
            {
                errors.Add(new FieldError(path, "must be an object {scopeName, controlScope, experimentScope, …}."));
                continue;
            }
            if (string.IsNullOrWhiteSpace(scope.ScopeName)) errors.Add(new FieldError($"{path}.scopeName", "must not be empty."));
            else if (!names.Add(scope.ScopeName)) errors.Add(new FieldError($"{path}.scopeName", $"'{scope.ScopeName}' is used by an earlier scope."));
            if (string.IsNullOrWhiteSpace(scope.ControlScope)) errors.Add(new FieldError($"{path}.controlScope", "is required."));
            if (string.IsNullOrWhiteSpace(scope.ExperimentScope)) errors.Add(new FieldError($"{path}.experimentScope", "is required."));
            CheckMinutes(scope.ControlOffsetInMinutes, $"{path}.controlOffsetInMinutes", errors);
            if (scope.Step <= 0) errors.Add(new FieldError($"{path}.step", "must be greater than 0 seconds."));
            if (scope.StartTimeIso is not null && !IsoInstant.TryParse(scope.StartTimeIso, out _))
                errors.Add(new FieldError($"{path}.startTimeIso", "must be an ISO-8601 instant such as 2024-01-01T00:00:00Z."));
            if (scope.EndTimeIso is not null && !IsoInstant.TryParse(scope.EndTimeIso, out _))
                errors.Add(new FieldError($"{path}.endTimeIso", "must be an ISO-8601 instant such as 2024-01-01T01:00:00Z."));
        }
    }

    private static void CheckMinutes(long minutes, string path, List<FieldError> errors)
    {
        if (minutes < 0) errors.Add(new FieldError(path, "must be 0 or more minutes."));
        else if (minutes > MaxMinutes) errors.Add(new FieldError(path, $"must be at most {MaxMinutes} minutes (a year)."));
    }

    /// <summary>The lifetime and the windows it leads to; only for a request whose fields are otherwise valid.</summary>
    private void CheckPlan(StandaloneAnalysisRequest request, List<FieldError> errors)
    {
        var first = request.Scopes![0]!;
        var start = IsoInstant.ParseOrNull(first.StartTimeIso) ?? clock.GetUtcNow();
        var end = IsoInstant.ParseOrNull(first.EndTimeIso);
        if (end is null && request.LifetimeDurationMins is null)
        {
            errors.Add(new FieldError("lifetimeDurationMins", "is required unless scopes[0].endTimeIso is set."));
            return;
        }
        if (end is { } e && e - start < TimeSpan.FromMinutes(1))
        {
            errors.Add(new FieldError("scopes[0].endTimeIso", "must be at least one minute after scopes[0].startTimeIso (or after now when no start is given)."));
            return;
        }
        if (end is null && request.LifetimeDurationMins < 1)
        {
            errors.Add(new FieldError("lifetimeDurationMins", "must be at least 1 minute."));
            return;
        }

        var lifetime = StandaloneAnalysisPlan.LifetimeOf(start, end, request.LifetimeDurationMins)!.Value;
        var maxLifetime = lifetimeOptions.Value.MaxLifetimeMinutes;
        if (lifetime.TotalMinutes > maxLifetime)
        {
            errors.Add(new FieldError(end is null ? "lifetimeDurationMins" : "scopes[0].endTimeIso",
                $"makes the lifetime {lifetime.TotalMinutes:0} minutes, more than {maxLifetime} (Judge:Lifetime:MaxLifetimeMinutes)."));
            return;
        }
        var interval = StandaloneAnalysisPlan.IntervalOf(request.AnalysisIntervalMins, lifetime);
        var judgements = lifetime.Ticks / interval.Ticks;
        if (judgements > lifetimeOptions.Value.MaxJudgements)
            errors.Add(new FieldError("analysisIntervalMins",
                $"makes {judgements} judgements, more than {lifetimeOptions.Value.MaxJudgements} (Judge:Lifetime:MaxJudgements)."));

        // The longest window: the last growing one, or the lookback.
        var longest = request.LookbackMins > 0 ? TimeSpan.FromMinutes(request.LookbackMins) : interval * judgements;
        var points = (long)(longest.TotalSeconds / first.Step);
        if (points > limits.Value.MaxSeriesLength)
            errors.Add(new FieldError("scopes[0].step",
                $"makes the longest judgement window {points} points long, more than {limits.Value.MaxSeriesLength} (Judge:Limits:MaxSeriesLength)."));
    }

    private static void CheckMetricScopes(CanaryConfig config, IReadOnlyList<StandaloneAnalysisScope?> scopes, List<FieldError> errors)
    {
        var names = scopes.Where(s => s?.ScopeName is not null).Select(s => s!.ScopeName!).ToHashSet(StringComparer.Ordinal);
        foreach (var (metric, index) in (config.Metrics ?? []).Select((m, i) => (m, i)))
        {
            if (string.IsNullOrEmpty(metric?.ScopeName) || names.Contains(metric.ScopeName)) continue;
            errors.Add(new FieldError("scopes",
                $"has no scope named '{metric.ScopeName}', which metric '{metric.Name}' (canaryConfig metrics[{index}].scopeName) uses."));
        }
    }
}
