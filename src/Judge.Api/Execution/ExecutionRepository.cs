using Judge.Api.Storage;

namespace Judge.Api.Execution;

/// <summary>Execution documents in their storage account's canary_archive.</summary>
public sealed class ExecutionRepository(DocumentStorage storage) : DocumentRepository<CanaryExecution>(storage, ObjectType.CanaryResultArchive, "canary execution");
