using Judge.Api.Accounts;
using Judge.Api.Json;
using Judge.Api.Storage;

namespace Judge.Api.Execution;

/// <summary>Execution documents in their storage account's canary_archive.</summary>
public sealed class ExecutionRepository(ObjectStoreResolver stores, AccountCatalog accounts, HostJson json, ILogger<ExecutionRepository> logger)
    : DocumentRepository<CanaryExecution>(stores, accounts, json, ObjectType.CanaryResultArchive, "canary execution", logger);
