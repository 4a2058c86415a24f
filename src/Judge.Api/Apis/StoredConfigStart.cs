using System.Security.Claims;
using Judge.Api.Accounts;
using Judge.Api.Auth;
using Judge.Api.Configs;

namespace Judge.Api.Apis;

/// <summary>
/// The stored config a POST that starts a canary execution or analysis names ({canaryConfigId}; query
/// configurationAccountName) and who asks, bound with [AsParameters].
/// </summary>
public readonly record struct StoredConfigStart(
    [FromRoute] string CanaryConfigId, [FromQuery] string? ConfigurationAccountName, ClaimsPrincipal Principal)
{
    public Caller Caller => ApplicationScope.CallerOf(Principal);

    /// <summary>
    /// The config and the account it was read from, or the problem to answer, in this order: 400 for a bad id, 400 when
    /// there is no body (<paramref name="bodyDescription"/> says what it should be), 404 for a config the caller does not see.
    /// </summary>
    public async Task<(CanaryConfig? Config, string? ConfigurationAccountName, ProblemHttpResult? Problem)> ReadAsync(
        bool hasBody, string bodyDescription, ObjectStoreResolver stores, CanaryConfigRepository configs, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(CanaryConfigId, "canaryConfigId") is { } invalid) return (null, null, invalid);
        if (!hasBody) return (null, null, ProblemResults.MissingBody(bodyDescription));
        var configStore = stores.Resolve(ConfigurationAccountName, AccountUse.ConfigurationStore);
        var config = await configs.GetAsync(configStore.Store, CanaryConfigId, cancellationToken);
        return config is null || !Caller.SeesAny(config.Applications)
            ? (null, null, ProblemResults.ConfigNotFound(CanaryConfigId))
            : (config, configStore.Account.Name, null);
    }
}
