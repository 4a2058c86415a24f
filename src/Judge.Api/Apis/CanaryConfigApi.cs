using System.Security.Claims;
using Judge.Api.Auth;
using Judge.Api.Configs;

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
        [AsParameters] ConfigurationStoreAccount account, [FromQuery] string[]? application, ClaimsPrincipal user,
        [AsParameters] CanaryConfigServices services, CancellationToken cancellationToken)
    {
        var caller = ApplicationScope.CallerOf(user);
        var store = account.ForReads();
        var applications = (application ?? []).SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var visible = (await services.Configs.ListAsync(store, applications, cancellationToken)).Where(c => caller.SeesAny(c.Applications)).ToList();
        return TypedResults.Ok<IReadOnlyList<CanaryConfigSummary>>(visible);
    }

    public static async Task<Results<Ok<CanaryConfig>, ProblemHttpResult>> GetConfig(
        string id, [AsParameters] ConfigurationStoreAccount account, ClaimsPrincipal user, [AsParameters] CanaryConfigServices services, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(id) is { } invalid) return invalid;
        var config = await services.Configs.GetAsync(account.ForReads(), id, cancellationToken);
        return config is null || !ApplicationScope.CallerOf(user).SeesAny(config.Applications) ? ProblemResults.ConfigNotFound(id) : TypedResults.Ok(config);
    }

    public static async Task<Results<Ok<CanaryConfigIdResponse>, ProblemHttpResult>> CreateConfig(
        CanaryConfig? config, [AsParameters] ConfigurationStoreAccount account, ClaimsPrincipal user, [AsParameters] CanaryConfigServices services, CancellationToken cancellationToken)
    {
        if (config is null) return ProblemResults.MissingBody("a canary config");
        var validation = services.Validator.Validate(config);
        if (!validation.IsValid) return ProblemResults.Validation(validation, "The canary config is invalid.");
        var caller = ApplicationScope.CallerOf(user);
        if (!caller.MayAssign(config.Applications)) return ApplicationScope.Outside(caller, config.Applications, "the config");
        return TypedResults.Ok(new CanaryConfigIdResponse(await services.Configs.CreateAsync(account.ForWrites(), config, cancellationToken)));
    }

    /// <summary>Unlike Kayenta (400), an unknown id is a 404.</summary>
    public static async Task<Results<Ok<CanaryConfigIdResponse>, ProblemHttpResult>> UpdateConfig(
        string id, CanaryConfig? config, [AsParameters] ConfigurationStoreAccount account, ClaimsPrincipal user,
        [AsParameters] CanaryConfigServices services, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(id) is { } invalid) return invalid;
        if (config is null) return ProblemResults.MissingBody("a canary config");
        if (!string.IsNullOrEmpty(config.Id) && config.Id != id)
            return ProblemResults.BadRequest("id", $"The body's id '{config.Id}' differs from the path's '{id}'.");
        var validation = services.Validator.Validate(config with { Id = id });
        if (!validation.IsValid) return ProblemResults.Validation(validation, "The canary config is invalid.");
        var store = account.ForWrites();
        var caller = ApplicationScope.CallerOf(user);
        if (caller.IsLimited)
        {
            if (await services.Configs.GetAsync(store, id, cancellationToken) is not { } existing || !caller.SeesAny(existing.Applications))
                return ProblemResults.NotFound($"Canary config '{id}' does not exist.");
            if (!caller.MayAssign(config.Applications)) return ApplicationScope.Outside(caller, config.Applications, "the config");
        }
        return await services.Configs.UpdateAsync(store, id, config, cancellationToken)
            ? TypedResults.Ok(new CanaryConfigIdResponse(id))
            : ProblemResults.NotFound($"Canary config '{id}' does not exist.");
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteConfig(
        string id, [AsParameters] ConfigurationStoreAccount account, HttpContext http, [AsParameters] CanaryConfigServices services, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(id) is { } invalid) return invalid;
        var store = account.ForWrites();
        var caller = ApplicationScope.CallerOf(http.User);
        CanaryConfig? existing;
        try
        {
            existing = await services.Configs.GetAsync(store, id, cancellationToken);
        }
        catch (Storage.DamagedDocumentException) when (!caller.IsLimited)
        {
            existing = new CanaryConfig { Applications = [] }; // a damaged config can still be deleted, by a caller of every application
        }
        if (existing is null || !caller.SeesAny(existing.Applications))
            return ProblemResults.NotFound($"Canary config '{id}' does not exist.");
        Audit.AuditApplication.Record(http, string.Join(",", existing.Applications ?? []));
        return await services.Configs.DeleteAsync(store, id, cancellationToken)
            ? TypedResults.NoContent()
            : ProblemResults.NotFound($"Canary config '{id}' does not exist.");
    }
}
