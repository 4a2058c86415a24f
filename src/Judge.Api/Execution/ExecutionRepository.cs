using Judge.Api.Accounts;
using Judge.Api.Storage;

namespace Judge.Api.Execution;

/// <summary>Execution documents in their storage account's canary_archive.</summary>
public sealed class ExecutionRepository(ObjectStoreResolver stores, AccountCatalog accounts, ILogger<ExecutionRepository> logger)
    : DocumentRepository<CanaryExecution>(stores, accounts, ObjectType.CanaryResultArchive, "canary execution", logger);
