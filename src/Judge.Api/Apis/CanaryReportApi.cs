using Judge.Api.Execution;
using Judge.Api.Model;
using Judge.Api.Report;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Judge.Api.Apis;

/// <summary>GET /canary/{id}/report: a person's view of an execution (HTML, charts included), next to the JSON of GET /canary/{id}.</summary>
public static class CanaryReportApi
{
    public static IEndpointRouteBuilder MapCanaryReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/canary/{canaryExecutionId}/report", GetReport).WithTags("Canary");
        return app;
    }

    /// <summary>The execution is found exactly as GET /canary/{id} finds it, so both answer 400/404 alike.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetReport(
        string canaryExecutionId, [FromQuery] string? storageAccountName, HttpContext http,
        ExecutionRepository executions, ReportJson json, CancellationToken cancellationToken)
    {
        var found = await CanaryApi.GetExecution(canaryExecutionId, storageAccountName, http.User, executions, cancellationToken);
        if (found.Result is not Ok<CanaryExecutionStatusResponse> { Value: { } execution })
            return (ProblemHttpResult)found.Result;

        IReadOnlyList<MetricSetPair>? pairs = null;
        if (execution.MetricSetPairListId is { } listId)
            pairs = await MetricSetPairListApi.LoadAsync(executions.Store(execution.StorageAccountName), listId, cancellationToken);

        var html = ReportPage.Render(new ReportInput(execution, pairs, Links(http.Request, execution, pairs is not null), json));
        return ReportResponse.Html(http, html);
    }

    private static ReportLinks Links(HttpRequest request, CanaryExecutionStatusResponse execution, bool hasPairs)
    {
        var root = request.PathBase.Value ?? "";
        var id = Uri.EscapeDataString(execution.PipelineId);
        var storage = Uri.EscapeDataString(execution.StorageAccountName);
        return new ReportLinks(
            ExecutionJson: $"{root}/canary/{id}?storageAccountName={storage}",
            MetricSetPairList: hasPairs ? $"{root}/metricSetPairList/{Uri.EscapeDataString(execution.MetricSetPairListId!)}?accountName={storage}" : null,
            Assets: root + ReportAssetsApi.AssetsPath);
    }
}
