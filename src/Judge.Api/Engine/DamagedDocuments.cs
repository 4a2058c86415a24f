using Judge.Api.Storage;

namespace Judge.Api.Engine;

/// <summary>
/// What a job does when the document it runs cannot be read: it is logged, and when its text does not say it
/// completed it is replaced by a terminal document naming the reason, so clients polling it stop waiting.
/// </summary>
public static class DamagedDocuments
{
    /// <param name="description">What the document is, for the log ("execution", "canary analysis").</param>
    /// <param name="terminal">The terminal document built from the damaged text.</param>
    public static async Task SettleAsync<T>(DocumentRepository<T> repository, ObjectType type, string account, string id,
        string description, Func<byte[], T> terminal, ILogger logger, CancellationToken cancellationToken)
        where T : class, IStoredDocument
    {
        byte[]? json;
        try
        {
            json = await repository.Store(account).ReadAsync(type, id, cancellationToken);
        }
        catch (DamagedDocumentException)
        {
            json = []; // the store cannot hand out its bytes at all: nothing says it completed
        }
        if (json is null)
            return;
        var key = $"{type.Group()}/{id}";
        if (DamagedText.SaysComplete(json))
        {
            logger.LogError("The stored {Description} at {ObjectKey} in storage account {Account} is damaged; it had completed and is left as it is.",
                description, key, account);
            return;
        }
        logger.LogError("The stored {Description} at {ObjectKey} in storage account {Account} is damaged and incomplete; marking it terminal.",
            description, key, account);
        await repository.SaveAsync(terminal(json), cancellationToken);
    }
}
