using Judge.Api.Accounts;
using Judge.Api.Json;
using Judge.Api.Storage;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>Analysis documents in their storage account's standalone_canary_archive.</summary>
public sealed class StandaloneAnalysisRepository(ObjectStoreResolver stores, AccountCatalog accounts, HostJson json, ILogger<StandaloneAnalysisRepository> logger)
    : DocumentRepository<StandaloneAnalysis>(stores, accounts, json, ObjectType.StandaloneCanaryResultArchive, "canary analysis", logger);
