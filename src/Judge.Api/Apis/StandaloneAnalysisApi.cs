using System.Security.Claims;
using Judge.Api.Auth;
using Judge.Api.Engine;
using Judge.Api.StandaloneAnalyses;
using Judge.Api.Validation;

namespace Judge.Api.Apis;

/// <summary>
/// /standalone_canary_analysis: Kayenta's canary analysis over a canary's lifetime — a judgement every interval, an
/// early stop when one is bad, one verdict at the end. POST answers 200 with the id at once; clients poll GET until
/// "complete". Unlike Kayenta, timing errors are 400s at request time, and PUT …/cancel stops an analysis.
/// </summary>
public static class StandaloneAnalysisApi
{
    private const string AnonymousUser = "anonymous";

    public static IEndpointRouteBuilder MapStandaloneCanaryAnalysisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/standalone_canary_analysis").WithTags("StandaloneCanaryAnalysis");
        api.MapPost("/{canaryConfigId}", StartStoredConfig);
        api.MapPost("", StartAdHoc);
        api.MapGet("/{canaryAnalysisExecutionId}", GetAnalysis);
        api.MapPut("/{canaryAnalysisExecutionId}/cancel", CancelAnalysis);
        return app;
    }

    public static async Task<Results<Ok<StandaloneAnalysisIdResponse>, ProblemHttpResult>> StartStoredConfig(
        [AsParameters] StoredConfigStart start, StandaloneAnalysisRequest? request, [FromQuery] string? user, [AsParameters] StartQuery query,
        [AsParameters] StandaloneAnalysisApiServices services, CancellationToken cancellationToken)
    {
        var (config, configurationAccount, problem) = await start.ReadAsync(
            request is not null, "a canary analysis execution request {scopes, thresholds, lifetimeDurationMins, …}",
            services.Stores, services.Configs, cancellationToken);
        if (config is null) return problem!;

        var errors = services.RequestValidator.Validate(request!, config);
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The canary analysis execution request is invalid.");
        if (!start.Caller.Sees(AdHocBody.ApplicationOrDefault(query.Application)))
            return ApplicationScope.Outside(start.Caller, [AdHocBody.ApplicationOrDefault(query.Application)], "the analysis");

        var id = await services.Starter.StartAsync(new StandaloneAnalysisStart(
            AdHocBody.ApplicationOrDefault(query.Application),
            string.IsNullOrWhiteSpace(user) ? AnonymousUser : user,
            query.ParentPipelineExecutionId,
            start.CanaryConfigId,
            config,
            request!,
            query.StorageAccountName,
            query.MetricsAccountName,
            configurationAccount), cancellationToken);
        return TypedResults.Ok(new StandaloneAnalysisIdResponse(id));
    }

    public static async Task<Results<Ok<StandaloneAnalysisIdResponse>, ProblemHttpResult>> StartAdHoc(
        AdHocStandaloneAnalysisRequest? body, [FromQuery] string? user, [AsParameters] StartQuery query, ClaimsPrincipal principal,
        [AsParameters] StandaloneAnalysisApiServices services, CancellationToken cancellationToken)
    {
        if (body is null) return ProblemResults.MissingBody("{\"canaryConfig\": …, \"executionRequest\": …}");
        var (config, application, problem) = AdHocStart.Check(
            body.CanaryConfig, body.ExecutionRequest, query.Application, ApplicationScope.CallerOf(principal), "canary analysis execution", "the analysis",
            services.ConfigValidator, validConfig => services.RequestValidator.Validate(body.ExecutionRequest!, validConfig));
        if (config is null) return problem!;

        var id = await services.Starter.StartAsync(new StandaloneAnalysisStart(
            application,
            string.IsNullOrWhiteSpace(user) ? AnonymousUser : user,
            query.ParentPipelineExecutionId,
            null,
            config,
            body.ExecutionRequest!,
            query.StorageAccountName,
            query.MetricsAccountName,
            null)
        {
            ConfigPath = "canaryConfig",
        }, cancellationToken);
        return TypedResults.Ok(new StandaloneAnalysisIdResponse(id));
    }

    /// <summary>Without storageAccountName every storage account is searched, the default one first.</summary>
    public static async Task<Results<Ok<StandaloneAnalysisStatusResponse>, ProblemHttpResult>> GetAnalysis(
        [AsParameters] StandaloneAnalysisLookup lookup, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (analysis, _, problem) = await lookup.FindAsync(cancellationToken);
        return analysis is null ? problem! : TypedResults.Ok(StandaloneAnalysisStatusMapper.From(analysis, clock.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    /// <summary>
    /// 202 when the analysis is (or already was) canceled: the judgement in flight is marked canceled and the remaining
    /// ones never run. 409 when it already completed otherwise.
    /// </summary>
    public static async Task<Results<Accepted, ProblemHttpResult>> CancelAnalysis(
        [AsParameters] StandaloneAnalysisLookup lookup, HttpContext http,
        [AsParameters] StandaloneAnalysisApiServices services, CancellationToken cancellationToken)
    {
        var (analysis, _, problem) = await lookup.FindAsync(cancellationToken);
        if (analysis is null) return problem!;
        Audit.AuditApplication.Record(http, analysis.Application);

        // Its job ends it as canceled wherever it runs; without a job nothing else writes it, so it is ended here.
        if (!analysis.Complete && !await services.Engine.RequestCancelAsync(JobNames.Analysis(analysis.PipelineId), cancellationToken))
            await services.Runner.CancelAsync(analysis);
        if (!analysis.Complete)
            return TypedResults.Accepted((string?)null);
        return analysis.Status == Execution.ExecutionStatus.Canceled
            ? TypedResults.Accepted((string?)null)
            : TypedResults.Problem(
                detail: $"The canary analysis execution '{analysis.PipelineId}' already completed with status {analysis.Status}.",
                statusCode: StatusCodes.Status409Conflict, title: "Conflict");
    }
}
