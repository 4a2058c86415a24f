using Judge.Api.Accounts;
using Judge.Api.Configs;
using Judge.Api.Model;
using Judge.Api.Problems;

namespace Judge.Api.Gates;

/// <summary>
/// Finds a stored canary config by id, or by name (within an application when one is given). An id that names no
/// config is tried as a name, so a CD tool's URL can carry the config's name (/canary/podinfo-gate/verdict).
/// </summary>
public sealed class StoredConfigLookup(ObjectStoreResolver stores, CanaryConfigRepository configs)
{
    /// <exception cref="ProblemException">400 for an ambiguous name or a bad id, 404 when there is no such config.</exception>
    /// <exception cref="AccountResolutionException">the configuration account cannot be resolved.</exception>
    public async Task<(string Id, CanaryConfig Config, string AccountName)> FindAsync(
        string? id, string? name, string? application, string? configurationAccountName, string idField, string nameField,
        CancellationToken cancellationToken, Auth.Caller? caller = null)
    {
        var store = stores.ResolveForConfigReads(configurationAccountName);
        if (!string.IsNullOrEmpty(id))
        {
            if (!Storage.ObjectId.IsValid(id))
                throw ProblemException.BadRequest(idField, "must be 1–200 letters, digits, '_', '-' or '.', starting with a letter or digit, without '..'.");
            if (await configs.GetAsync(store.Store, id, cancellationToken) is { } config)
                return (id, config, store.Account.Name);
            return await FindByNameAsync(store, id, application, idField, $"No canary config with id or name '{id}'", caller, cancellationToken);
        }
        return await FindByNameAsync(store, name, application, nameField, $"No canary config named '{name}'", caller, cancellationToken);
    }

    private async Task<(string Id, CanaryConfig Config, string AccountName)> FindByNameAsync(
        ResolvedObjectStore store, string? name, string? application, string nameField, string notFound, Auth.Caller? caller,
        CancellationToken cancellationToken)
    {
        var applications = string.IsNullOrEmpty(application) ? Array.Empty<string>() : [application];
        // A caller limited to applications neither finds nor is told about other applications' configs of that name.
        var matches = (await configs.ListAsync(store.Store, applications, cancellationToken))
            .Where(s => s.Name == name && (caller is null || caller.SeesAny(s.Applications))).ToList();
        switch (matches.Count)
        {
            case 0:
                throw ProblemException.NotFound(
                    $"{notFound}{(applications.Length > 0 ? $" for application '{application}'" : "")} in account '{store.Account.Name}'.");
            case > 1:
                throw ProblemException.BadRequest(nameField,
                    $"Several canary configs are named '{name}' (ids {string.Join(", ", matches.Select(m => m.Id))}); give the id or the application.");
        }
        var found = await configs.GetAsync(store.Store, matches[0].Id, cancellationToken)
            ?? throw ProblemException.NotFound($"Canary config '{matches[0].Id}' was deleted meanwhile.");
        return (matches[0].Id, found, store.Account.Name);
    }
}
