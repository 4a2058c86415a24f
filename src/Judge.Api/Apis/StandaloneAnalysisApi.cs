using System.Security.Claims;
using Judge.Api.Accounts;
using Judge.Api.Auth;
using Judge.Api.Configs;
using Judge.Api.Engine;
using Judge.Api.StandaloneAnalyses;
using Judge.Api.Model;
using Judge.Api.Problems;
using Judge.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

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
        string canaryConfigId, StandaloneAnalysisRequest? request, [FromQuery] string? user, [AsParameters] StartQuery query,
        [FromQuery] string? configurationAccountName, ClaimsPrincipal principal, [AsParameters] StandaloneAnalysisApiServices services, CancellationToken cancellationToken)
    {
        var caller = ApplicationScope.CallerOf(principal);
        if (ProblemResults.InvalidId(canaryConfigId, "canaryConfigId") is { } invalid) return invalid;
        if (request is null) return ProblemResults.MissingBody("a canary analysis execution request {scopes, thresholds, lifetimeDurationMins, …}");
        var configStore = services.Stores.Resolve(configurationAccountName, AccountUse.ConfigurationStore);
        var config = await services.Configs.GetAsync(configStore.Store, canaryConfigId, cancellationToken);
        if (config is null || !caller.SeesAny(config.Applications)) return ProblemResults.ConfigNotFound(canaryConfigId);

        var errors = services.RequestValidator.Validate(request, config);
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The canary analysis execution request is invalid.");
        if (!caller.Sees(AdHocBody.ApplicationOrDefault(query.Application)))
            return ApplicationScope.Outside(caller, [AdHocBody.ApplicationOrDefault(query.Application)], "the analysis");

        var id = await services.Starter.StartAsync(new StandaloneAnalysisStart(
            AdHocBody.ApplicationOrDefault(query.Application),
            string.IsNullOrWhiteSpace(user) ? AnonymousUser : user,
            query.ParentPipelineExecutionId,
            canaryConfigId,
            config,
            request,
            query.StorageAccountName,
            query.MetricsAccountName,
            configStore.Account.Name), cancellationToken);
        return TypedResults.Ok(new StandaloneAnalysisIdResponse(id));
    }

    public static async Task<Results<Ok<StandaloneAnalysisIdResponse>, ProblemHttpResult>> StartAdHoc(
        AdHocStandaloneAnalysisRequest? body, [FromQuery] string? user, [AsParameters] StartQuery query, ClaimsPrincipal principal,
        [AsParameters] StandaloneAnalysisApiServices services, CancellationToken cancellationToken)
    {
        var caller = ApplicationScope.CallerOf(principal);
        if (body is null) return ProblemResults.MissingBody("{\"canaryConfig\": …, \"executionRequest\": …}");
        var missing = AdHocBody.MissingParts(body.CanaryConfig, body.ExecutionRequest);
        if (missing.Count > 0) return ProblemResults.Validation(missing, "The ad-hoc canary analysis execution is incomplete.");

        var application = AdHocBody.ApplicationOrDefault(query.Application);
        if (!caller.Sees(application)) return ApplicationScope.Outside(caller, [application], "the analysis");
        var config = AdHocBody.WithInlineDefaults(body.CanaryConfig!, application);
        var errors = AdHocBody.Validate(config, services.ConfigValidator,
            validConfig => services.RequestValidator.Validate(body.ExecutionRequest!, validConfig));
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The ad-hoc canary analysis execution is invalid.");

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
        string canaryAnalysisExecutionId, [FromQuery] string? storageAccountName, ClaimsPrincipal user,
        StandaloneAnalysisRepository analyses, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (analysis, problem) = await FindAnalysisAsync(canaryAnalysisExecutionId, storageAccountName, user, analyses, cancellationToken);
        return analysis is null ? problem! : TypedResults.Ok(StandaloneAnalysisStatusMapper.From(analysis, clock.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    /// <summary>The stored analysis, or the 400 (bad id) / 404 GET answers; without storageAccountName every account is searched.</summary>
    public static async Task<(StandaloneAnalysis? Analysis, ProblemHttpResult? Problem)> FindAnalysisAsync(
        string canaryAnalysisExecutionId, string? storageAccountName, ClaimsPrincipal user, StandaloneAnalysisRepository analyses, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(canaryAnalysisExecutionId, "canaryAnalysisExecutionId") is { } invalid) return (null, invalid);
        var analysis = (await analyses.FindAnywhereAsync(storageAccountName, canaryAnalysisExecutionId, cancellationToken))?.Document;
        return analysis is null || !ApplicationScope.CallerOf(user).Sees(analysis.Application)
            ? (null, ProblemResults.NotFound($"No canary analysis execution with id '{canaryAnalysisExecutionId}'."))
            : (analysis, null);
    }

    /// <summary>
    /// 202 when the analysis is (or already was) canceled: the judgement in flight is marked canceled and the remaining
    /// ones never run. 409 when it already completed otherwise.
    /// </summary>
    public static async Task<Results<Accepted, ProblemHttpResult>> CancelAnalysis(
        string canaryAnalysisExecutionId, [FromQuery] string? storageAccountName, HttpContext http,
        [AsParameters] StandaloneAnalysisApiServices services, CancellationToken cancellationToken)
    {
        var (analysis, problem) = await FindAnalysisAsync(canaryAnalysisExecutionId, storageAccountName, http.User, services.Analyses, cancellationToken);
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
