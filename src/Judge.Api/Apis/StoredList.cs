using System.Text.Json;
using Judge.Api.Json;
using Judge.Api.Storage;

namespace Judge.Api.Apis;

/// <summary>
/// A kind of stored list (/metricSetList, /metricSetPairList): lists of <typeparamref name="T"/> stored as one object of
/// <paramref name="type"/>, whose id is named <paramref name="idName"/> in routes and problem fields and whose messages
/// call it <paramref name="noun"/>. The routes every kind shares (list, get, delete) are served here; a kind brings its POST.
/// A stored list is read by <paramref name="read"/> and written by <paramref name="write"/> when given (a kind's faster
/// reading and writing, of the same JSON), else by the serializer.
/// </summary>
public sealed class StoredList<T>(ObjectType type, string idName, string noun, Func<byte[], IReadOnlyList<T>?>? read = null,
    Func<IReadOnlyList<T>, byte[]>? write = null)
{
    private readonly Func<byte[], IReadOnlyList<T>?> read = read ?? (json => JsonSerializer.Deserialize<List<T>>(json, KayentaJson.Options));
    private readonly Func<IReadOnlyList<T>, byte[]> write = write ?? (items => StoredJson.Serialize(items));

    /// <summary>
    /// Maps GET "", GET /{id}, POST "" (<paramref name="store"/>, further set up by <paramref name="post"/>) and
    /// DELETE /{id} under <paramref name="prefix"/>.
    /// </summary>
    public RouteGroupBuilder Map(IEndpointRouteBuilder app, string prefix, string tag, Delegate store, Action<RouteHandlerBuilder>? post = null)
    {
        var api = app.MapGroup(prefix).WithTags(tag);
        api.MapGet("", ListAsync);
        api.MapGet($"/{{{idName}}}", GetRouteAsync);
        var posting = api.MapPost("", store);
        post?.Invoke(posting);
        api.MapDelete($"/{{{idName}}}", DeleteRouteAsync);
        return api;
    }

    public async Task<Ok<IReadOnlyList<StoredObjectListing>>> ListAsync([AsParameters] ObjectStoreAccount account, CancellationToken cancellationToken) =>
        TypedResults.Ok(await StoredObjectListing.ListAsync(account.Resolve(), type, cancellationToken));

    public Task<Results<Ok<IReadOnlyList<T>>, ProblemHttpResult>> GetRouteAsync(
        HttpContext http, [AsParameters] ObjectStoreAccount account, CancellationToken cancellationToken) =>
        GetAsync(RouteId(http), account, cancellationToken);

    public Task<Results<NoContent, ProblemHttpResult>> DeleteRouteAsync(
        HttpContext http, [AsParameters] ObjectStoreAccount account, CancellationToken cancellationToken) =>
        DeleteAsync(RouteId(http), account, cancellationToken);

    /// <summary>The id in the path; its name is this kind's, so the handlers read it rather than bind it.</summary>
    private string RouteId(HttpContext http) => (string)http.GetRouteValue(idName)!;

    public async Task<Results<Ok<IReadOnlyList<T>>, ProblemHttpResult>> GetAsync(string id, ObjectStoreAccount account, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(id, idName) is { } invalid) return invalid;
        var items = await LoadAsync(account.Resolve(), id, cancellationToken);
        return items is null ? NotFound(id) : TypedResults.Ok(items);
    }

    public async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, ObjectStoreAccount account, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(id, idName) is { } invalid) return invalid;
        return await account.Resolve().DeleteAsync(type, id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);
    }

    /// <summary>The stored list, or null when there is none.</summary>
    public async Task<IReadOnlyList<T>?> LoadAsync(IObjectStore store, string id, CancellationToken cancellationToken)
    {
        var bytes = await store.ReadAsync(type, id, cancellationToken);
        if (bytes is null) return null;
        return StoredJson.Read(bytes, $"{noun} '{id}'", read);
    }

    /// <summary>Stores the list under a new id and returns it.</summary>
    public async Task<string> StoreAsync(IObjectStore store, IReadOnlyList<T> items, CancellationToken cancellationToken)
    {
        var id = ObjectId.New();
        await store.WriteAsync(type, id, write(items), null, cancellationToken);
        return id;
    }

    public ProblemHttpResult NotFound(string id) => ProblemResults.NotFound($"No {noun} with id '{id}'.");
}
