using System.Security.Claims;
using Judge.Api.Execution;

namespace Judge.Api.Apis;

/// <summary>
/// The canary execution a route names ({canaryExecutionId}; query storageAccountName), looked up for the caller,
/// bound with [AsParameters].
/// </summary>
public readonly record struct CanaryExecutionLookup(
    [FromRoute] string CanaryExecutionId, [FromQuery] string? StorageAccountName, ClaimsPrincipal User, ExecutionRepository Executions)
{
    private const string IdName = "canaryExecutionId";

    public ProblemHttpResult? InvalidId() => ProblemResults.InvalidId(CanaryExecutionId, IdName);

    public Task<(CanaryExecution? Document, string? StorageAccountName, ProblemHttpResult? Problem)> FindAsync(CancellationToken cancellationToken) =>
        VisibleDocument.FindAsync(Executions, CanaryExecutionId, IdName, "canary execution", e => e.Application, StorageAccountName, User, cancellationToken);
}
