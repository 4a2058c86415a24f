using Judge.Api.Execution;
using Judge.Api.Report;

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
        [AsParameters] CanaryExecutionLookup lookup, HttpContext http, ReportJson json, CancellationToken cancellationToken)
    {
        var (stored, _, problem) = await lookup.FindAsync(cancellationToken);
        if (stored is null) return problem!;
        var execution = CanaryExecutionStatusResponse.From(stored);

        IReadOnlyList<MetricSetPair>? pairs = null;
        if (execution.MetricSetPairListId is { } listId)
            pairs = await MetricSetPairListApi.Stored.LoadAsync(lookup.Executions.Store(execution.StorageAccountName), listId, cancellationToken);

        var html = ReportPage.Render(new ReportInput(execution, pairs, Links(http.Request, execution, pairs is not null), json));
        return ReportResponse.Html(http, html);
    }

    private static ReportLinks Links(HttpRequest request, CanaryExecutionStatusResponse execution, bool hasPairs)
    {
        var paths = ReportPaths.Of(request);
        return new ReportLinks(
            ExecutionJson: paths.Document("canary", execution.PipelineId, execution.StorageAccountName),
            MetricSetPairList: hasPairs
                ? $"{paths.Root}/metricSetPairList/{Uri.EscapeDataString(execution.MetricSetPairListId!)}?accountName={Uri.EscapeDataString(execution.StorageAccountName)}"
                : null,
            Assets: paths.Assets);
    }
}
