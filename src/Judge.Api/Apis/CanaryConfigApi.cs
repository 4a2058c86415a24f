using Judge.Api.Accounts;
using Judge.Api.Configs;
using Judge.Api.Model;
using Judge.Api.Problems;
using Judge.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Judge.Api.Apis;

/// <summary>
/// /canaryConfig: Kayenta's config CRUD, in a CONFIGURATION_STORE account (configurationAccountName). Reads given the name of
/// a storage-only account use the default configuration store (see ObjectStoreResolver.ResolveForConfigReads).
/// </summary>
public static class CanaryConfigApi
{
    public static IEndpointRouteBuilder MapCanaryConfigApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/canaryConfig").WithTags("CanaryConfig");
        api.MapGet("", ListConfigs);
        api.MapGet("/{id}", GetConfig);
        api.MapPost("", CreateConfig);
        api.MapPut("/{id}", UpdateConfig);
        api.MapDelete("/{id}", DeleteConfig);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<CanaryConfigSummary>>> ListConfigs(
        [FromQuery] string? configurationAccountName, [FromQuery] string[]? application,
        ObjectStoreResolver stores, CanaryConfigRepository configs, CancellationToken cancellationToken)
    {
        var store = stores.ResolveForConfigReads(configurationAccountName);
        var applications = (application ?? []).SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return TypedResults.Ok(await configs.ListAsync(store.Store, applications, cancellationToken));
    }

    public static async Task<Results<Ok<CanaryConfig>, ProblemHttpResult>> GetConfig(
        string id, [FromQuery] string? configurationAccountName,
        ObjectStoreResolver stores, CanaryConfigRepository configs, CancellationToken cancellationToken)
    {
        if (JudgeProblems.InvalidId(id) is { } invalid) return invalid;
        var store = stores.ResolveForConfigReads(configurationAccountName);
        var config = await configs.GetAsync(store.Store, id, cancellationToken);
        return config is null ? JudgeProblems.ConfigNotFound(id) : TypedResults.Ok(config);
    }

    public static async Task<Results<Ok<CanaryConfigIdResponse>, ProblemHttpResult>> CreateConfig(
        CanaryConfig? config, [FromQuery] string? configurationAccountName,
        ObjectStoreResolver stores, CanaryConfigRepository configs, CanaryConfigValidator validator, CancellationToken cancellationToken)
    {
        if (config is null) return JudgeProblems.MissingBody("a canary config");
        var validation = validator.Validate(config);
        if (!validation.IsValid) return JudgeProblems.Validation(validation, "The canary config is invalid.");
        var store = stores.Resolve(configurationAccountName, AccountUse.ConfigurationStore);
        return TypedResults.Ok(new CanaryConfigIdResponse(await configs.CreateAsync(store.Store, config, cancellationToken)));
    }

    /// <summary>Unlike Kayenta (400), an unknown id is a 404.</summary>
    public static async Task<Results<Ok<CanaryConfigIdResponse>, ProblemHttpResult>> UpdateConfig(
        string id, CanaryConfig? config, [FromQuery] string? configurationAccountName,
        ObjectStoreResolver stores, CanaryConfigRepository configs, CanaryConfigValidator validator, CancellationToken cancellationToken)
    {
        if (JudgeProblems.InvalidId(id) is { } invalid) return invalid;
        if (config is null) return JudgeProblems.MissingBody("a canary config");
        if (!string.IsNullOrEmpty(config.Id) && config.Id != id)
            return JudgeProblems.BadRequest("id", $"The body's id '{config.Id}' differs from the path's '{id}'.");
        var validation = validator.Validate(config with { Id = id });
        if (!validation.IsValid) return JudgeProblems.Validation(validation, "The canary config is invalid.");
        var store = stores.Resolve(configurationAccountName, AccountUse.ConfigurationStore);
        return await configs.UpdateAsync(store.Store, id, config, cancellationToken)
            ? TypedResults.Ok(new CanaryConfigIdResponse(id))
            : JudgeProblems.NotFound($"Canary config '{id}' does not exist.");
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteConfig(
        string id, [FromQuery] string? configurationAccountName,
        ObjectStoreResolver stores, CanaryConfigRepository configs, CancellationToken cancellationToken)
    {
        if (JudgeProblems.InvalidId(id) is { } invalid) return invalid;
        var store = stores.Resolve(configurationAccountName, AccountUse.ConfigurationStore);
        return await configs.DeleteAsync(store.Store, id, cancellationToken)
            ? TypedResults.NoContent()
            : JudgeProblems.NotFound($"Canary config '{id}' does not exist.");
    }
}
