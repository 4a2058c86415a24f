using Judge.Api.Auth;
using Judge.Api.Gates;

namespace Judge.Api.Apis;

/// <summary>
/// GET /gates/analysis: the stored looks of a gate polled under one analysisId (a query parameter, since CD tools put
/// slashes in it), for the application the polls judged.
/// </summary>
public static class GateAnalysisApi
{
    public static IEndpointRouteBuilder MapGateAnalysisApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/gates").WithTags("Gates").MapGet("/analysis", Get);
        return app;
    }

    public static async Task<Results<Ok<GateAnalysis>, ProblemHttpResult>> Get(
        [FromQuery] string? analysisId, [FromQuery] string? application, [FromQuery] string? storageAccountName,
        HttpContext http, GateAnalysisRepository analyses, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(analysisId)) errors.Add(new FieldError("analysisId", "is required."));
        if (string.IsNullOrWhiteSpace(application)) errors.Add(new FieldError("application", "is required (the application the polls judged)."));
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The query parameters are invalid.");

        var notFound = ProblemResults.NotFound($"No gate analysis '{analysisId}' for application '{application}'.");
        if (!ApplicationScope.CallerOf(http.User).Sees(application!)) return notFound;
        var found = await analyses.FindAnywhereAsync(storageAccountName, GateAnalysis.IdFor(application!, analysisId!), cancellationToken);
        return found is { Document: var analysis } ? TypedResults.Ok(analysis) : notFound;
    }
}
