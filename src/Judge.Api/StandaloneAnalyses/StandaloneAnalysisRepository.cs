using Judge.Api.Storage;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>Analysis documents in their storage account's standalone_canary_archive.</summary>
public sealed class StandaloneAnalysisRepository(DocumentStorage storage) : DocumentRepository<StandaloneAnalysis>(storage, ObjectType.StandaloneCanaryResultArchive, "canary analysis");
