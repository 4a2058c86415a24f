using Judge.Api.Execution;

namespace Judge.Api.Apis;

/// <summary>
/// Canceling a canary execution. Orca's Kayenta stage cancels with Kayenta's raw pipeline route
/// <c>PUT /pipelines/{id}/cancel</c> (body <c>""</c>, ignored); <c>PUT /canary/{id}/cancel</c> is the same for other
/// clients. 202 whenever the execution exists — a running one stops and ends as canceled, on whichever replica runs it,
/// a finished one is left as it is, so a repeated cancel is harmless — and 404 for an unknown id.
/// </summary>
public static class ExecutionCancelApi
{
    public static IEndpointRouteBuilder MapExecutionCancelApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/pipelines/{canaryExecutionId}/cancel", Cancel).WithTags("Canary");
        app.MapPut("/canary/{canaryExecutionId}/cancel", Cancel).WithTags("Canary");
        return app;
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> Cancel(
        [AsParameters] CanaryExecutionLookup lookup, HttpContext http, ExecutionCancellation cancellation, CancellationToken cancellationToken)
    {
        var (execution, account, problem) = await lookup.FindAsync(cancellationToken);
        if (execution is null) return problem!;
        Audit.AuditApplication.Record(http, execution.Application);

        await cancellation.CancelAsync(account!, lookup.CanaryExecutionId, cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
