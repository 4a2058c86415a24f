using Judge.Api.Accounts;
using Judge.Api.Json;
using Judge.Api.Storage;

namespace Judge.Api.Gates;

/// <summary>Gate analysis documents in their storage account's gate_analysis folder.</summary>
public sealed class GateAnalysisRepository(ObjectStoreResolver stores, AccountCatalog accounts, HostJson json, ILogger<GateAnalysisRepository> logger)
    : DocumentRepository<GateAnalysis>(stores, accounts, json, ObjectType.GateAnalysis, "gate analysis", logger);
