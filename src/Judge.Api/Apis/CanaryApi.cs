using System.Security.Claims;
using Judge.Api.Accounts;
using Judge.Api.Auth;
using Judge.Api.Configs;
using Judge.Api.Execution;
using Judge.Api.Model;
using Judge.Api.Problems;
using Judge.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Judge.Api.Apis;

/// <summary>
/// /canary: Kayenta's asynchronous canary executions. A POST stores the execution and answers 200 with its id at once
/// (Argo Rollouts accepts nothing else); the client polls GET until "complete".
/// </summary>
public static class CanaryApi
{
    private const int MaxListLimit = 1000;
    private const int MaxListPage = 1_000_000;

    public static IEndpointRouteBuilder MapCanaryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/canary").WithTags("Canary");
        api.MapPost("/{canaryConfigId}", StartStoredConfig);
        api.MapPost("", StartAdHoc);
        api.MapGet("/executions", ListExecutions);
        api.MapGet("/{canaryExecutionId}", GetExecution);
        return app;
    }

    public static async Task<Results<Ok<CanaryExecutionIdResponse>, ProblemHttpResult>> StartStoredConfig(
        string canaryConfigId, CanaryExecutionRequest? request,
        [FromQuery] string? application, [FromQuery] string? parentPipelineExecutionId,
        [FromQuery] string? metricsAccountName, [FromQuery] string? configurationAccountName, [FromQuery] string? storageAccountName,
        ClaimsPrincipal user, ObjectStoreResolver stores, CanaryConfigRepository configs, CanaryExecutionRequestValidator requestValidator,
        CanaryExecutionStarter starter, CancellationToken cancellationToken)
    {
        var caller = ApplicationScope.CallerOf(user);
        if (JudgeProblems.InvalidId(canaryConfigId, "canaryConfigId") is { } invalid) return invalid;
        if (request is null) return JudgeProblems.MissingBody("a canary execution request {scopes, thresholds}");
        var configStore = stores.Resolve(configurationAccountName, AccountUse.ConfigurationStore);
        var config = await configs.GetAsync(configStore.Store, canaryConfigId, cancellationToken);
        if (config is null || !caller.SeesAny(config.Applications)) return JudgeProblems.ConfigNotFound(canaryConfigId);

        var validation = requestValidator.Validate(request, config);
        if (!validation.IsValid) return JudgeProblems.Validation(validation, "The canary execution request is invalid.");

        var executionApplication = string.IsNullOrWhiteSpace(application) ? config.Applications?.FirstOrDefault() ?? AdHocBody.DefaultApplication : application;
        if (!caller.Sees(executionApplication)) return ApplicationScope.Outside(caller, [executionApplication], "the execution");
        var id = await starter.StartAsync(new ExecutionStart(
            executionApplication,
            parentPipelineExecutionId,
            canaryConfigId,
            config,
            request,
            storageAccountName,
            metricsAccountName,
            configStore.Account.Name), cancellationToken);
        return TypedResults.Ok(new CanaryExecutionIdResponse(id));
    }

    public static async Task<Results<Ok<CanaryExecutionIdResponse>, ProblemHttpResult>> StartAdHoc(
        AdHocCanaryExecution? body,
        [FromQuery] string? application, [FromQuery] string? parentPipelineExecutionId,
        [FromQuery] string? metricsAccountName, [FromQuery] string? storageAccountName, ClaimsPrincipal user,
        CanaryConfigValidator configValidator, CanaryExecutionRequestValidator requestValidator,
        CanaryExecutionStarter starter, CancellationToken cancellationToken)
    {
        var caller = ApplicationScope.CallerOf(user);
        if (body is null) return JudgeProblems.MissingBody("{\"canaryConfig\": …, \"executionRequest\": …}");
        var missing = AdHocBody.MissingParts(body.CanaryConfig, body.ExecutionRequest);
        if (missing.Count > 0) return JudgeProblems.Validation(missing, "The ad-hoc canary execution is incomplete.");

        application = AdHocBody.ApplicationOrDefault(application);
        if (!caller.Sees(application)) return ApplicationScope.Outside(caller, [application], "the execution");
        var config = AdHocBody.WithInlineDefaults(body.CanaryConfig!, application);
        var errors = AdHocBody.Validate(config, configValidator,
            validConfig => requestValidator.Validate(body.ExecutionRequest!, validConfig).ToFieldErrors());
        if (errors.Count > 0) return JudgeProblems.Validation(errors, "The ad-hoc canary execution is invalid.");

        var id = await starter.StartAsync(new ExecutionStart(
            application, parentPipelineExecutionId, null, config, body.ExecutionRequest!, storageAccountName, metricsAccountName, null)
        {
            ConfigPath = "canaryConfig",
        }, cancellationToken);
        return TypedResults.Ok(new CanaryExecutionIdResponse(id));
    }

    /// <summary>Without storageAccountName every storage account is searched, the default one first.</summary>
    public static async Task<Results<Ok<CanaryExecutionStatusResponse>, ProblemHttpResult>> GetExecution(
        string canaryExecutionId, [FromQuery] string? storageAccountName, ClaimsPrincipal user,
        ExecutionRepository executions, CancellationToken cancellationToken)
    {
        if (JudgeProblems.InvalidId(canaryExecutionId, "canaryExecutionId") is { } invalid) return invalid;
        return await executions.FindAnywhereAsync(storageAccountName, canaryExecutionId, cancellationToken) is { } found
               && ApplicationScope.CallerOf(user).Sees(found.Document.Application)
            ? TypedResults.Ok(CanaryExecutionStatusResponse.From(found.Document))
            : JudgeProblems.NotFound($"No canary execution with id '{canaryExecutionId}'.");
    }

    public static async Task<Results<Ok<IReadOnlyList<CanaryExecutionStatusResponse>>, ProblemHttpResult>> ListExecutions(
        [FromQuery] string? application, [FromQuery] int? limit, [FromQuery] int? page, [FromQuery] string? statuses,
        [FromQuery] string? storageAccountName, ClaimsPrincipal user,
        ObjectStoreResolver stores, CanaryExecutionListing listing, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (limit is < 1 or > MaxListLimit) errors.Add(new FieldError("limit", $"must be between 1 and {MaxListLimit}."));
        if (page is < 1 or > MaxListPage) errors.Add(new FieldError("page", $"must be between 1 and {MaxListPage}."));
        var wanted = (statuses ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Except(ExecutionStatus.All).ToList();
        if (unknown.Count > 0)
            errors.Add(new FieldError("statuses", $"holds unknown statuses {string.Join(", ", unknown)} (known: {string.Join(", ", ExecutionStatus.All)})."));
        if (errors.Count > 0) return JudgeProblems.Validation(errors, "The listing parameters are invalid.");

        var storage = stores.Resolve(storageAccountName, AccountUse.ObjectStore).Account.Name;
        if (!ApplicationScope.CallerOf(user).Sees(AdHocBody.ApplicationOrDefault(application)))
            return TypedResults.Ok<IReadOnlyList<CanaryExecutionStatusResponse>>([]);
        var executions = await listing.ListAsync(
            storage,
            AdHocBody.ApplicationOrDefault(application),
            wanted.Count > 0 ? wanted : ExecutionStatus.All.ToHashSet(StringComparer.Ordinal),
            limit ?? 20,
            page ?? 1,
            cancellationToken);
        return TypedResults.Ok(executions);
    }
}
