namespace Judge.Api.Storage;

/// <summary>A document stored under its id in the storage account it names.</summary>
public interface IStoredDocument
{
    string PipelineId { get; }
    string StorageAccountName { get; }
}
