using FluentValidation;
using FluentValidation.Results;
using Judge.Api.Limits;
using Judge.Api.Model;
using Microsoft.Extensions.Options;

namespace Judge.Api.Validation;

/// <summary>
/// A CanaryExecutionRequest that can run against a given config: every scope complete (start &lt; end, step &gt; 0, a window
/// of at most Judge:Limits:MaxSeriesLength points), a scope for every metric's scopeName, thresholds in 0–100 with
/// marginal ≤ pass. Call <see cref="Validate(CanaryExecutionRequest, CanaryConfig?)"/> to check against a config.
/// </summary>
public sealed class CanaryExecutionRequestValidator : JsonPathValidator<CanaryExecutionRequest>
{
    private const string ConfigKey = "canaryConfig";

    public CanaryExecutionRequestValidator(IOptions<RequestLimits> limits)
    {
        var maxPoints = limits.Value.MaxSeriesLength;

        RuleFor(r => r.Scopes).NotEmpty().WithMessage("must hold at least one scope (conventionally \"default\").");
        RuleFor(r => r.Scopes).Custom((scopes, context) =>
        {
            foreach (var (name, pair) in scopes ?? new Dictionary<string, CanaryScopePair>())
            {
                var path = $"scopes.{name}";
                if (pair is null)
                {
                    context.AddFailure(path, "must be an object with controlScope and experimentScope.");
                    continue;
                }
                CheckScope(pair.ControlScope, $"{path}.controlScope", maxPoints, context);
                CheckScope(pair.ExperimentScope, $"{path}.experimentScope", maxPoints, context);
            }
        });
        RuleFor(r => r).Custom((request, context) =>
        {
            if (!context.RootContextData.TryGetValue(ConfigKey, out var value) || value is not CanaryConfig config) return;
            // A stored config is not revalidated, and one saved elsewhere (a shared Kayenta store) may have no metric:
            // Kayenta refuses to run it, rather than judging nothing as a failed canary.
            if (config.Metrics is not { Count: > 0 })
                context.AddFailure("canaryConfig.metrics",
                    "The canary config must specify at least one metric; a config without metrics cannot be judged.");
            foreach (var (metric, index) in (config.Metrics ?? []).Select((m, i) => (m, i)))
            {
                if (string.IsNullOrEmpty(metric?.ScopeName)) continue;
                if (request.Scopes?.ContainsKey(metric.ScopeName) != true)
                    context.AddFailure($"scopes.{metric.ScopeName}",
                        $"is missing: metric '{metric.Name}' (metrics[{index}].scopeName) uses scope '{metric.ScopeName}'.");
            }
        });
        RuleFor(r => r.Thresholds).NotNull().WithMessage("is required: {\"pass\": number, \"marginal\": number}.");
        RuleFor(r => r.Thresholds!).SetValidator(new ScoreThresholdsValidator()).When(r => r.Thresholds is not null);
    }

    /// <summary>Validates the request, and when <paramref name="config"/> is given, that it has a scope for every metric.</summary>
    public ValidationResult Validate(CanaryExecutionRequest request, CanaryConfig? config)
    {
        var context = new ValidationContext<CanaryExecutionRequest>(request);
        if (config is not null) context.RootContextData[ConfigKey] = config;
        return Validate(context);
    }

    private static void CheckScope(CanaryScope? scope, string path, int maxPoints, ValidationContext<CanaryExecutionRequest> context)
    {
        if (scope is null)
        {
            context.AddFailure(path, "is required.");
            return;
        }
        if (scope.Start is null) context.AddFailure($"{path}.start", "is required (an ISO-8601 instant).");
        if (scope.End is null) context.AddFailure($"{path}.end", "is required (an ISO-8601 instant).");
        if (scope.Start is { } start && scope.End is { } end && start >= end)
            context.AddFailure($"{path}.end", "must be after start.");
        if (scope.Step is null) context.AddFailure($"{path}.step", "is required (seconds).");
        else if (scope.Step <= 0) context.AddFailure($"{path}.step", "must be greater than 0 seconds.");
        else if (scope.Start is { } s && scope.End is { } e && e > s
                 && (e - s).TotalSeconds / scope.Step.Value > maxPoints)
            context.AddFailure($"{path}.step",
                $"makes the window {(long)((e - s).TotalSeconds / scope.Step.Value)} points long, more than {maxPoints} (Judge:Limits:MaxSeriesLength).");
    }
}
