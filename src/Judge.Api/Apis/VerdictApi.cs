using Judge.Api.Auth;
using Judge.Api.Execution;
using Judge.Api.Gates;
using Judge.Api.Http;
using Judge.Api.Validation;

namespace Judge.Api.Apis;

/// <summary>
/// Synchronous verdicts for tools that make one request and read the JSON (Argo Rollouts' Web provider):
/// POST /canary/{canaryConfigId}/verdict runs an execution and waits for it up to a server-side deadline;
/// GET /canary/{canaryExecutionId}/verdict reads (optionally waits for) the verdict of an execution started earlier.
/// A judged canary is a 200 whether it passed or not — <c>pass</c> says which; anything that is not a judgement
/// (a metrics outage, a deadline, an unfinished execution) is non-2xx, which Argo Rollouts counts as an Error.
/// </summary>
public static class VerdictApi
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static IEndpointRouteBuilder MapVerdictApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/canary").WithTags("Verdicts");
        api.MapPost("/{canaryConfigId}/verdict", RunAndWait).AcceptingUntypedJson();
        api.MapGet("/{canaryExecutionId}/verdict", GetVerdict);
        return app;
    }

    public static async Task<Results<Ok<GateVerdict>, ProblemHttpResult>> RunAndWait(
        string canaryConfigId, CanaryExecutionRequest? request, HttpRequest http,
        [AsParameters] VerdictQuery query, [AsParameters] GateApiServices services, CancellationToken cancellationToken)
    {
        if (request is null) return ProblemResults.MissingBody("a canary execution request {scopes, thresholds}");
        var errors = new List<FieldError>();
        var window = ParseDuration(query.Lookback, "lookback", errors);
        var wait = ParseDuration(query.Deadline, "deadline", errors);
        if (wait > services.Options.Value.MaxDeadline)
            errors.Add(new FieldError("deadline", $"must be at most {services.Options.Value.MaxDeadline.TotalSeconds:0} s (Judge:Gates:MaxDeadline)."));
        if (query.AnalysisId?.Length > SequentialGate.MaxAnalysisIdLength)
            errors.Add(new FieldError("analysisId", $"must be at most {SequentialGate.MaxAnalysisIdLength} characters."));
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The query parameters are invalid.");

        var (configId, config, configAccount) = await services.Configs.FindAsync(
            canaryConfigId, null, query.Application, query.ConfigurationAccountName, "canaryConfigId", "canaryConfigId", cancellationToken,
            ApplicationScope.CallerOf(http.HttpContext.User));
        var caller = ApplicationScope.CallerOf(http.HttpContext.User);
        if (!caller.SeesAny(config.Applications)) return ProblemResults.ConfigNotFound(canaryConfigId);
        var executionApplication = string.IsNullOrWhiteSpace(query.Application) ? config.Applications?.FirstOrDefault() ?? AdHocBody.DefaultApplication : query.Application;
        if (!caller.Sees(executionApplication)) return ApplicationScope.Outside(caller, [executionApplication], "the execution");
        if (window is { } length)
            request = WithLookback(request, length, services.Clock.GetUtcNow());
        var validation = services.RequestValidator.Validate(request, config);
        if (!validation.IsValid) return ProblemResults.Validation(validation, "The canary execution request is invalid.");

        var limit = wait ?? services.Options.Value.Deadline;
        var run = await services.Gate.RunAsync(query.AnalysisId, new ExecutionStart(
            executionApplication,
            ParentPipelineExecutionId: null, configId, config, request, query.StorageAccountName, query.MetricsAccountName, configAccount),
            limit, cancellationToken);
        var execution = run.Execution;
        return Answer(execution, services.Links.For(http, execution.PipelineId), whenUnfinished: e => GateResults.DeadlinePassed(e, limit, services.Links.For(http, e.PipelineId)), run);
    }

    public static async Task<Results<Ok<GateVerdict>, ProblemHttpResult>> GetVerdict(
        [AsParameters] CanaryExecutionLookup lookup, HttpRequest http, [FromQuery] string? wait,
        [AsParameters] GateApiServices services, CancellationToken cancellationToken)
    {
        if (lookup.InvalidId() is { } invalid) return invalid;
        var errors = new List<FieldError>();
        var waitFor = ParseDuration(wait, "wait", errors);
        if (waitFor > services.Options.Value.MaxDeadline)
            errors.Add(new FieldError("wait", $"must be at most {services.Options.Value.MaxDeadline.TotalSeconds:0} s (Judge:Gates:MaxDeadline)."));
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The query parameters are invalid.");

        var (execution, account, problem) = await lookup.FindAsync(cancellationToken);
        if (execution is null) return problem!;

        if (waitFor is { } limit && !execution.Complete)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            try
            {
                while (!execution.Complete)
                {
                    await Task.Delay(PollInterval, timeout.Token);
                    execution = await lookup.Executions.FindAsync(account!, lookup.CanaryExecutionId, timeout.Token) ?? execution;
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Waited long enough: answer with what is stored.
            }
        }
        var reportUrl = services.Links.For(http, execution.PipelineId);
        return Answer(execution, reportUrl, whenUnfinished: e => GateResults.StillRunning(e, reportUrl));
    }

    private static Results<Ok<GateVerdict>, ProblemHttpResult> Answer(
        CanaryExecution execution, string reportUrl, Func<CanaryExecution, ProblemHttpResult> whenUnfinished, GateRun? run = null)
    {
        if (!execution.Complete) return whenUnfinished(execution);
        if (execution.Status != ExecutionStatus.Succeeded || execution.Result is null) return GateResults.NotJudged(execution, reportUrl);
        return TypedResults.Ok(run?.Verdict(reportUrl) ?? GateVerdict.From(execution, reportUrl));
    }

    private static TimeSpan? ParseDuration(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (GateDuration.TryParse(text, out var duration)) return duration;
        errors.Add(new FieldError(field, $"'{text}' is not a positive duration such as \"5m\", \"90s\" or \"PT5M\"."));
        return null;
    }

    /// <summary>Scopes without start or end get the window of <paramref name="lookback"/> ending now (floored to their step).</summary>
    private static CanaryExecutionRequest WithLookback(CanaryExecutionRequest request, TimeSpan lookback, DateTimeOffset now)
    {
        CanaryScope? Fill(CanaryScope? scope)
        {
            if (scope is null || (scope.Start is not null && scope.End is not null)) return scope;
            var window = LookbackWindow.EndingAt(now, lookback, TimeSpan.FromSeconds(scope.Step is > 0 ? scope.Step.Value : 1));
            return scope with { Start = scope.Start ?? window.Start, End = scope.End ?? window.End };
        }
        return request with
        {
            Scopes = request.Scopes?.ToDictionary(
                p => p.Key,
                p => p.Value is null ? p.Value! : p.Value with { ControlScope = Fill(p.Value.ControlScope), ExperimentScope = Fill(p.Value.ExperimentScope) }),
        };
    }
}
