using System.Security.Claims;
using Judge.Api.Auth;
using Judge.Api.Storage;

namespace Judge.Api.Apis;

/// <summary>
/// A stored document (execution, analysis) looked up by the id a route names, as every such route answers: 400 for an
/// id that could escape the store, 404 for one stored nowhere or under an application the caller does not see (so a
/// caller cannot tell the two apart). Without a storage account every one is searched, the default one first.
/// </summary>
public static class VisibleDocument
{
    public static async Task<(T? Document, string? StorageAccountName, ProblemHttpResult? Problem)> FindAsync<T>(
        DocumentRepository<T> repository, string id, string idName, string noun, Func<T, string> application,
        string? storageAccountName, ClaimsPrincipal user, CancellationToken cancellationToken)
        where T : class, IStoredDocument
    {
        if (ProblemResults.InvalidId(id, idName) is { } invalid) return (null, null, invalid);
        return await repository.FindAnywhereAsync(storageAccountName, id, cancellationToken) is var (document, account)
               && ApplicationScope.CallerOf(user).Sees(application(document))
            ? (document, account, null)
            : (null, null, ProblemResults.NotFound($"No {noun} with id '{id}'."));
    }
}
