using Judge.Api.Execution;
using Judge.Api.Gates;
using Judge.Api.Http;

namespace Judge.Api.Apis;

/// <summary>
/// POST /gates/flagger: a Flagger webhook (type rollout or confirm-promotion). The hook's metadata name the config,
/// accounts, scopes and look-back window; the window ending now is judged synchronously as an ordinary stored canary
/// execution. 200 = advance (score reached pass); 412 = refused, with the failing metrics; 400/404 = the hook is
/// misconfigured; 502 = the canary could not be judged (e.g. metrics outage); 504 = not judged before the deadline.
/// Flagger counts any status above 202 as a failed check and copies the body into its events.
/// </summary>
public static class FlaggerApi
{
    public static IEndpointRouteBuilder MapFlaggerApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/gates").WithTags("Gates").MapPost("/flagger", Judge).AcceptingUntypedJson();
        return app;
    }

    public static async Task<Results<Ok<GateVerdict>, JsonHttpResult<GateVerdict>, ProblemHttpResult>> Judge(
        FlaggerWebhookPayload? payload, HttpRequest http, [AsParameters] GateApiServices services, CancellationToken cancellationToken)
    {
        if (payload is null) return ProblemResults.MissingBody("Flagger's webhook payload {name, namespace, phase, checksum, metadata}");
        var missing = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(payload.Name)) missing.Add(new FieldError("name", "is required (the canary's name)."));
        if (string.IsNullOrWhiteSpace(payload.Namespace)) missing.Add(new FieldError("namespace", "is required (the canary's namespace)."));
        if (missing.Count > 0) return ProblemResults.Validation(missing, "The webhook payload is incomplete.");

        var (settings, errors) = FlaggerGateSettings.Read(payload, services.Options.Value.MaxDeadline);
        if (settings is null) return ProblemResults.Validation(errors, "The webhook's metadata are invalid.");

        var (configId, config, configAccount) = await services.Configs.FindAsync(
            settings.CanaryConfigId, settings.CanaryConfigName, settings.Application, settings.ConfigurationAccountName,
            "metadata.canaryConfigId", "metadata.canaryConfigName", cancellationToken, Auth.ApplicationScope.CallerOf(http.HttpContext.User));
        var caller = Auth.ApplicationScope.CallerOf(http.HttpContext.User);
        if (!caller.SeesAny(config.Applications)) return ProblemResults.ConfigNotFound(configId);
        var executionApplication = settings.Application ?? config.Applications?.FirstOrDefault() ?? payload.Name!;
        if (!caller.Sees(executionApplication)) return Auth.ApplicationScope.Outside(caller, [executionApplication], "the execution");

        var request = BuildRequest(payload, settings, config, services.Clock.GetUtcNow());
        var validation = services.RequestValidator.Validate(request, config);
        if (!validation.IsValid) return ProblemResults.Validation(validation, "The webhook's metadata do not make a runnable canary execution.");

        var deadline = settings.Deadline ?? services.Options.Value.Deadline;
        var run = await services.Gate.RunAsync(settings.AnalysisId, new ExecutionStart(
            executionApplication,
            ParentPipelineExecutionId: null,
            configId,
            config,
            request,
            settings.StorageAccountName,
            settings.MetricsAccountName,
            configAccount), deadline, cancellationToken);
        var execution = run.Execution;

        var reportUrl = services.Links.For(http, execution.PipelineId);
        if (!execution.Complete) return GateResults.DeadlinePassed(execution, deadline, reportUrl);
        if (execution.Status != ExecutionStatus.Succeeded || execution.Result is null) return GateResults.NotJudged(execution, reportUrl);
        var verdict = run.Verdict(reportUrl);
        return verdict.Pass
            ? TypedResults.Ok(verdict)
            : TypedResults.Json(verdict, statusCode: StatusCodes.Status412PreconditionFailed);
    }

    private static CanaryExecutionRequest BuildRequest(
        FlaggerWebhookPayload payload, FlaggerGateSettings settings, CanaryConfig config, DateTimeOffset now)
    {
        var window = LookbackWindow.EndingAt(now, settings.Lookback, settings.Step);
        CanaryScope Scope(string scope, string location) => new()
        {
            Scope = scope,
            Location = location,
            Start = window.Start,
            End = window.End,
            Step = (long)settings.Step.TotalSeconds,
            ExtendedScopeParams = settings.ExtendedScopeParams,
        };
        var scopeNames = (config.Metrics ?? [])
            .Select(m => string.IsNullOrEmpty(m?.ScopeName) ? "default" : m.ScopeName)
            .DefaultIfEmpty("default")
            .Distinct(StringComparer.Ordinal);
        var configured = config.Classifier?.ScoreThresholds;
        return new CanaryExecutionRequest
        {
            Scopes = scopeNames.ToDictionary(name => name, _ => new CanaryScopePair
            {
                ControlScope = Scope(settings.BaselineScope, settings.BaselineLocation),
                ExperimentScope = Scope(settings.CanaryScope, settings.CanaryLocation),
            }),
            Thresholds = new ScoreThresholdsConfig
            {
                Pass = settings.PassThreshold ?? configured?.Pass ?? 95,
                Marginal = settings.MarginalThreshold ?? configured?.Marginal ?? 75,
            },
            Metadata =
            [
                new CanaryExecutionMetadata { Name = "flagger.name", Value = payload.Name },
                new CanaryExecutionMetadata { Name = "flagger.namespace", Value = payload.Namespace },
                new CanaryExecutionMetadata { Name = "flagger.phase", Value = payload.Phase ?? "" },
                new CanaryExecutionMetadata { Name = "flagger.checksum", Value = payload.Checksum ?? "" },
            ],
        };
    }
}
