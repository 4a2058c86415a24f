using System.Security.Claims;
using Judge.Api.StandaloneAnalyses;

namespace Judge.Api.Apis;

/// <summary>
/// The standalone analysis a route names ({canaryAnalysisExecutionId}; query storageAccountName), looked up for the
/// caller, bound with [AsParameters].
/// </summary>
public readonly record struct StandaloneAnalysisLookup(
    [FromRoute] string CanaryAnalysisExecutionId, [FromQuery] string? StorageAccountName, ClaimsPrincipal User, StandaloneAnalysisRepository Analyses)
{
    public Task<(StandaloneAnalysis? Document, string? StorageAccountName, ProblemHttpResult? Problem)> FindAsync(CancellationToken cancellationToken) =>
        VisibleDocument.FindAsync(Analyses, CanaryAnalysisExecutionId, "canaryAnalysisExecutionId", "canary analysis execution",
            a => a.Application, StorageAccountName, User, cancellationToken);
}
