using Judge.Api.StandaloneAnalyses;
using Judge.Api.Report;
using Judge.Api.Report.Analysis;

namespace Judge.Api.Apis;

/// <summary>GET /standalone_canary_analysis/{id}/report: a person's view of a standalone analysis, next to the JSON of GET /standalone_canary_analysis/{id}.</summary>
public static class StandaloneAnalysisReportApi
{
    public static IEndpointRouteBuilder MapStandaloneAnalysisReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/standalone_canary_analysis/{canaryAnalysisExecutionId}/report", GetReport).WithTags("StandaloneCanaryAnalysis");
        return app;
    }

    /// <summary>The analysis is found exactly as GET /standalone_canary_analysis/{id} finds it, so both answer 400/404 alike.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetReport(
        [AsParameters] StandaloneAnalysisLookup lookup, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (analysis, _, problem) = await lookup.FindAsync(cancellationToken);
        if (analysis is null)
            return problem!;

        var paths = ReportPaths.Of(http.Request);
        var links = new AnalysisReportLinks(
            AnalysisJson: paths.Document("standalone_canary_analysis", analysis.PipelineId, analysis.StorageAccountName),
            Assets: paths.Assets,
            PathBase: paths.Root);
        var next = analysis.Complete || analysis.Next is not { } judgement
            ? null
            : new NextJudgement(judgement.Number, Math.Max(judgement.DueAtMillis, analysis.WarmupEndsAtMillis), judgement.ExecutionId);
        var status = StandaloneAnalysisStatusMapper.From(analysis, clock.GetUtcNow().ToUnixTimeMilliseconds());
        return ReportResponse.Html(http, AnalysisReportPage.Render(new AnalysisReportInput(status, next, links)));
    }
}
