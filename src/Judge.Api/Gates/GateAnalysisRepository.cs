using Judge.Api.Storage;

namespace Judge.Api.Gates;

/// <summary>Gate analysis documents in their storage account's gate_analysis folder.</summary>
public sealed class GateAnalysisRepository(DocumentStorage storage) : DocumentRepository<GateAnalysis>(storage, ObjectType.GateAnalysis, "gate analysis");
