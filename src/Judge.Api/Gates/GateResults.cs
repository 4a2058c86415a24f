using Judge.Api.Execution;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Judge.Api.Gates;

/// <summary>
/// The non-verdict answers of the gates, as problem+json with the execution's id and report URL: an execution that
/// ended without a judgement (a metrics outage, …) is a 502, one not finished in time a 504 (or 503 when merely read).
/// None of them is 2xx, so neither Flagger nor Argo Rollouts can promote on them.
/// </summary>
public static class GateResults
{
    public static ProblemHttpResult NotJudged(CanaryExecution execution, string reportUrl)
    {
        var errors = execution.FirstStageException()?["details"]?["errors"]?.AsArray()
            .Select(e => e?.GetValue<string>() ?? "")
            .Where(e => e.Length > 0)
            .ToList() ?? [];
        var detail = errors.Count > 0
            ? $"The canary could not be judged: {string.Join(" ", errors)}"
            : "The canary could not be judged.";
        return Problem(StatusCodes.Status502BadGateway, "Canary not judged", detail, execution, reportUrl, errors);
    }

    public static ProblemHttpResult DeadlinePassed(CanaryExecution execution, TimeSpan deadline, string reportUrl) =>
        Problem(StatusCodes.Status504GatewayTimeout, "Judgement not finished",
            $"The judgement did not finish within {deadline.TotalSeconds:0.###} s; it goes on in the background, read its verdict later at GET /canary/{execution.PipelineId}/verdict.",
            execution, reportUrl, []);

    public static ProblemHttpResult StillRunning(CanaryExecution execution, string reportUrl) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "Judgement not finished",
            $"Execution {execution.PipelineId} is {execution.Status}; ask again later.", execution, reportUrl, []);

    private static ProblemHttpResult Problem(int status, string title, string detail, CanaryExecution execution, string reportUrl, IReadOnlyList<string> reasons)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["pass"] = false;
        problem.Extensions["phase"] = "Error";
        problem.Extensions["reasons"] = reasons;
        problem.Extensions["canaryExecutionId"] = execution.PipelineId;
        problem.Extensions["reportUrl"] = reportUrl;
        return TypedResults.Problem(problem);
    }
}
