using Judge.Api.Storage;
using Judge.MetricSources;

namespace Judge.Api.Apis;

/// <summary>An item of the GET list routes of stored lists (metric sets, metric set pairs), as Kayenta lists them.</summary>
public sealed record StoredObjectListing(string Id, long UpdatedTimestamp, string UpdatedTimestampIso)
{
    public static async Task<IReadOnlyList<StoredObjectListing>> ListAsync(IObjectStore store, ObjectType type, CancellationToken cancellationToken) =>
        (await store.ListAsync(type, cancellationToken))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new StoredObjectListing(s.Id, s.UpdatedTimestamp.ToUnixTimeMilliseconds(), IsoInstant.Format(s.UpdatedTimestamp.ToUnixTimeMilliseconds())))
            .ToList();
}
