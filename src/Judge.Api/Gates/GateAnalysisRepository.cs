using Judge.Api.Accounts;
using Judge.Api.Storage;

namespace Judge.Api.Gates;

/// <summary>Gate analysis documents in their storage account's gate_analysis folder.</summary>
public sealed class GateAnalysisRepository(ObjectStoreResolver stores, AccountCatalog accounts, ILogger<GateAnalysisRepository> logger)
    : DocumentRepository<GateAnalysis>(stores, accounts, ObjectType.GateAnalysis, "gate analysis", logger);
