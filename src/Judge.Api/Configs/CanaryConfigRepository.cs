using Judge.Api.Json;
using Judge.Api.Model;
using Judge.Api.Problems;
using Judge.Api.Storage;
using Judge.MetricSources;

namespace Judge.Api.Configs;

/// <summary>
/// Canary configs in a configuration store, laid out as Kayenta does (canary_config/&lt;id&gt;/&lt;name&gt;.json), with Kayenta's
/// timestamp rules and its rule that a name is unique among configs sharing an application. Callers validate the
/// config first (see CanaryConfigValidator). Mutations are serialized so two requests cannot both take one name.
/// </summary>
public sealed class CanaryConfigRepository(TimeProvider time, HostJson json, ILogger<CanaryConfigRepository> logger)
{
    private readonly SemaphoreSlim _mutations = new(1, 1);

    /// <summary>The config, or null when the store has none under <paramref name="id"/>.</summary>
    public async Task<CanaryConfig?> GetAsync(IObjectStore store, string id, CancellationToken cancellationToken)
    {
        var bytes = await store.ReadAsync(ObjectType.CanaryConfig, id, cancellationToken);
        return bytes is null ? null : StoredJson.Deserialize<CanaryConfig>(bytes, $"canary config '{id}'", json.Options) with { Id = id };
    }

    /// <summary>
    /// Every config, or those sharing an application with <paramref name="applications"/> when any are given. A damaged
    /// config is skipped with a warning naming its key, so it never blocks listing or creating others.
    /// </summary>
    public async Task<IReadOnlyList<CanaryConfigSummary>> ListAsync(IObjectStore store, IReadOnlyCollection<string> applications, CancellationToken cancellationToken)
    {
        var summaries = new List<CanaryConfigSummary>();
        foreach (var stored in await store.ListAsync(ObjectType.CanaryConfig, cancellationToken))
        {
            CanaryConfig? config;
            try
            {
                config = await GetAsync(store, stored.Id, cancellationToken);
            }
            catch (DamagedDocumentException)
            {
                logger.LogWarning("Skipping the damaged canary config stored at {ObjectKey}.", $"{ObjectType.CanaryConfig.Group()}/{stored.Id}");
                continue;
            }
            if (config is null) continue; // deleted meanwhile
            var configApplications = config.Applications ?? [];
            if (applications.Count > 0 && !configApplications.Intersect(applications).Any()) continue;
            var updated = config.UpdatedTimestamp ?? stored.UpdatedTimestamp.ToUnixTimeMilliseconds();
            summaries.Add(new CanaryConfigSummary(stored.Id, config.Name ?? "", updated, IsoInstant.Format(updated), configApplications));
        }
        return summaries.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Stores a new config; a missing id becomes a UUID, missing timestamps become now.</summary>
    /// <exception cref="ProblemException">400: the id exists, or the name is taken within a shared application.</exception>
    public async Task<string> CreateAsync(IObjectStore store, CanaryConfig config, CancellationToken cancellationToken)
    {
        await _mutations.WaitAsync(cancellationToken);
        try
        {
            var id = string.IsNullOrEmpty(config.Id) ? ObjectId.New() : config.Id;
            if (await store.ReadAsync(ObjectType.CanaryConfig, id, cancellationToken) is not null)
                throw ProblemException.BadRequest("id", $"Canary config '{id}' already exists.");
            await EnsureNameIsFreeAsync(store, id, config, cancellationToken);

            var created = config.CreatedTimestamp ?? time.GetUtcNow().ToUnixTimeMilliseconds();
            await WriteAsync(store, Stamped(config, id, created, updated: config.UpdatedTimestamp ?? created), cancellationToken);
            return id;
        }
        finally
        {
            _mutations.Release();
        }
    }

    /// <summary>Replaces a config (updatedTimestamp = now); false when there is none under <paramref name="id"/>.</summary>
    /// <exception cref="ProblemException">400: the name is taken within a shared application.</exception>
    public async Task<bool> UpdateAsync(IObjectStore store, string id, CanaryConfig config, CancellationToken cancellationToken)
    {
        await _mutations.WaitAsync(cancellationToken);
        try
        {
            CanaryConfig? existing;
            try
            {
                existing = await GetAsync(store, id, cancellationToken);
            }
            catch (DamagedDocumentException)
            {
                existing = new CanaryConfig(); // a damaged config is repaired by replacing it
            }
            if (existing is null) return false;
            await EnsureNameIsFreeAsync(store, id, config, cancellationToken);

            var created = config.CreatedTimestamp ?? existing.CreatedTimestamp ?? time.GetUtcNow().ToUnixTimeMilliseconds();
            await WriteAsync(store, Stamped(config, id, created, updated: time.GetUtcNow().ToUnixTimeMilliseconds()), cancellationToken);
            return true;
        }
        finally
        {
            _mutations.Release();
        }
    }

    public async Task<bool> DeleteAsync(IObjectStore store, string id, CancellationToken cancellationToken)
    {
        await _mutations.WaitAsync(cancellationToken);
        try
        {
            return await store.DeleteAsync(ObjectType.CanaryConfig, id, cancellationToken);
        }
        finally
        {
            _mutations.Release();
        }
    }

    private Task WriteAsync(IObjectStore store, CanaryConfig config, CancellationToken cancellationToken) =>
        store.WriteAsync(ObjectType.CanaryConfig, config.Id!, StoredJson.Serialize(config, json.Options), $"{config.Name}.json", cancellationToken);

    /// <summary>The config as stored: its id and both timestamps, each in millis and ISO form.</summary>
    private static CanaryConfig Stamped(CanaryConfig config, string id, long created, long updated) => config with
    {
        Id = id,
        CreatedTimestamp = created,
        CreatedTimestampIso = IsoInstant.Format(created),
        UpdatedTimestamp = updated,
        UpdatedTimestampIso = IsoInstant.Format(updated),
    };

    private async Task EnsureNameIsFreeAsync(IObjectStore store, string id, CanaryConfig config, CancellationToken cancellationToken)
    {
        var applications = config.Applications ?? [];
        var clash = (await ListAsync(store, applications, cancellationToken))
            .FirstOrDefault(s => s.Id != id && s.Name == config.Name);
        if (clash is not null)
            throw ProblemException.BadRequest("name",
                $"Canary config with name '{config.Name}' already exists in the scope of applications [{string.Join(", ", clash.Applications.Intersect(applications))}] (id '{clash.Id}').");
    }
}
