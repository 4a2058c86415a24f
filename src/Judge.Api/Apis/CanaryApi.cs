using System.Security.Claims;
using Judge.Api.Accounts;
using Judge.Api.Auth;
using Judge.Api.Execution;
using Judge.Api.Validation;

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
        [AsParameters] StoredConfigStart start, CanaryExecutionRequest? request, [AsParameters] StartQuery query,
        [AsParameters] CanaryServices services, CancellationToken cancellationToken)
    {
        var (config, configurationAccount, problem) = await start.ReadAsync(
            request is not null, "a canary execution request {scopes, thresholds}", services.Stores, services.Configs, cancellationToken);
        if (config is null) return problem!;

        var validation = services.RequestValidator.Validate(request!, config);
        if (!validation.IsValid) return ProblemResults.Validation(validation, "The canary execution request is invalid.");

        var executionApplication = string.IsNullOrWhiteSpace(query.Application) ? config.Applications?.FirstOrDefault() ?? AdHocBody.DefaultApplication : query.Application;
        if (!start.Caller.Sees(executionApplication)) return ApplicationScope.Outside(start.Caller, [executionApplication], "the execution");
        var id = await services.Starter.StartAsync(new ExecutionStart(
            executionApplication,
            query.ParentPipelineExecutionId,
            start.CanaryConfigId,
            config,
            request!,
            query.StorageAccountName,
            query.MetricsAccountName,
            configurationAccount), cancellationToken);
        return TypedResults.Ok(new CanaryExecutionIdResponse(id));
    }

    public static async Task<Results<Ok<CanaryExecutionIdResponse>, ProblemHttpResult>> StartAdHoc(
        AdHocCanaryExecution? body, [AsParameters] StartQuery query, ClaimsPrincipal user,
        [AsParameters] CanaryServices services, CancellationToken cancellationToken)
    {
        if (body is null) return ProblemResults.MissingBody("{\"canaryConfig\": …, \"executionRequest\": …}");
        var (config, application, problem) = AdHocStart.Check(
            body.CanaryConfig, body.ExecutionRequest, query.Application, ApplicationScope.CallerOf(user), "canary execution", "the execution",
            services.ConfigValidator, validConfig => services.RequestValidator.Validate(body.ExecutionRequest!, validConfig).ToFieldErrors());
        if (config is null) return problem!;

        var id = await services.Starter.StartAsync(new ExecutionStart(
            application, query.ParentPipelineExecutionId, null, config, body.ExecutionRequest!, query.StorageAccountName, query.MetricsAccountName, null)
        {
            ConfigPath = "canaryConfig",
        }, cancellationToken);
        return TypedResults.Ok(new CanaryExecutionIdResponse(id));
    }

    /// <summary>Without storageAccountName every storage account is searched, the default one first.</summary>
    public static async Task<Results<Ok<CanaryExecutionStatusResponse>, ProblemHttpResult>> GetExecution(
        [AsParameters] CanaryExecutionLookup lookup, CancellationToken cancellationToken)
    {
        var (execution, _, problem) = await lookup.FindAsync(cancellationToken);
        return execution is null ? problem! : TypedResults.Ok(CanaryExecutionStatusResponse.From(execution));
    }

    public static async Task<Results<Ok<IReadOnlyList<CanaryExecutionStatusResponse>>, ProblemHttpResult>> ListExecutions(
        [FromQuery] string? application, [FromQuery] int? limit, [FromQuery] int? page, [FromQuery] string? statuses,
        [FromQuery] string? storageAccountName, ClaimsPrincipal user, [AsParameters] CanaryServices services, CancellationToken cancellationToken)
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
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The listing parameters are invalid.");

        var storage = services.Stores.Resolve(storageAccountName, AccountUse.ObjectStore).Account.Name;
        if (!ApplicationScope.CallerOf(user).Sees(AdHocBody.ApplicationOrDefault(application)))
            return TypedResults.Ok<IReadOnlyList<CanaryExecutionStatusResponse>>([]);
        var executions = await services.Listing.ListAsync(
            storage,
            AdHocBody.ApplicationOrDefault(application),
            wanted.Count > 0 ? wanted : ExecutionStatus.All.ToHashSet(StringComparer.Ordinal),
            limit ?? 20,
            page ?? 1,
            cancellationToken);
        return TypedResults.Ok(executions);
    }
}
