using Judge.Api.Accounts;
using Judge.Api.Http;
using Judge.Api.Json;
using Judge.Api.Judging;
using Judge.Api.Telemetry;
using Judge.Api.Validation;
using Judge.Stats.Judging;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Judge.Stats.Results;
using Judge.Stats.Scoring;

namespace Judge.Api.Apis;

/// <summary>
/// /judges: the judge catalog, Kayenta's synchronous judge over a stored config and pair list, and Judge's inline form
/// (POST /judges/judge/inline) that takes the config, the pairs and the thresholds in the body and needs no storage.
/// </summary>
public static class JudgesApi
{
    public static IEndpointRouteBuilder MapJudgesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/judges").WithTags("Judges");
        api.MapGet("", ListJudges);
        api.MapPost("/judge", JudgeStored);
        // The body is bound by InlineJudgeRequest.BindAsync; routing still answers 415 to a body declared as something
        // other than JSON, as it does for a JSON body parameter (optional: a request without a body reaches the handler).
        api.MapPost("/judge/inline", JudgeInline).Accepts(typeof(InlineJudgeRequest), isOptional: true, "application/json");
        return app;
    }

    public sealed record JudgeListing(string Name, bool Visible);

    /// <summary>Body of POST /judges/judge/inline.</summary>
    public sealed record InlineJudgeRequest
    {
        public CanaryConfig? CanaryConfig { get; init; }
        public IReadOnlyList<MetricSetPair>? MetricSetPairs { get; init; }
        public ScoreThresholdsConfig? Thresholds { get; init; }

        /// <summary>Minimal APIs bind the body through this: read whole, the series straight into arrays
        /// (<see cref="InlineRequestJson"/>), with the errors the serializer reports.</summary>
        public static ValueTask<InlineJudgeRequest?> BindAsync(HttpContext context)
        {
            var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            return JsonRequestBody.ReadAsync(context, body => InlineRequestJson.Read(body.Span, options));
        }
    }

    public static Ok<IReadOnlyList<JudgeListing>> ListJudges(JudgeNameResolver judges) =>
        TypedResults.Ok<IReadOnlyList<JudgeListing>>(judges.All.Select(j => new JudgeListing(j.Name, true)).ToList());

    public static async Task<Results<Ok<CanaryJudgeResult>, ProblemHttpResult>> JudgeStored(
        [AsParameters] StoredJudgeQuery query, [FromQuery] double? passThreshold, [FromQuery] double? marginalThreshold,
        [AsParameters] JudgeServices services, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(query.CanaryConfigId)) errors.Add(new FieldError("canaryConfigId", "is required."));
        else if (ProblemResults.InvalidId(query.CanaryConfigId) is not null) errors.Add(new FieldError("canaryConfigId", "is not a valid id."));
        if (string.IsNullOrEmpty(query.MetricSetPairListId)) errors.Add(new FieldError("metricSetPairListId", "is required."));
        else if (ProblemResults.InvalidId(query.MetricSetPairListId) is not null) errors.Add(new FieldError("metricSetPairListId", "is not a valid id."));
        var thresholds = new ScoreThresholdsConfig { Pass = passThreshold, Marginal = marginalThreshold };
        errors.AddRange(services.ThresholdsValidator.Validate(thresholds).ToFieldErrors()
            .Select(e => e with { Path = e.Path == "pass" ? "passThreshold" : "marginalThreshold" }));
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The judge request is invalid.");

        var configStore = services.Stores.Resolve(query.ConfigurationAccountName, AccountUse.ConfigurationStore);
        var pairStore = services.Stores.Resolve(query.StorageAccountName, AccountUse.ObjectStore);
        var config = await services.Configs.GetAsync(configStore.Store, query.CanaryConfigId!, cancellationToken);
        if (config is null) return ProblemResults.ConfigNotFound(query.CanaryConfigId!);
        var pairs = await MetricSetPairListApi.Stored.LoadAsync(pairStore.Store, query.MetricSetPairListId!, cancellationToken);
        if (pairs is null) return MetricSetPairListApi.Stored.NotFound(query.MetricSetPairListId!);

        var judge = services.Judges.Resolve(config.Judge?.Name, "canaryConfig.judge.name");
        var input = services.Inputs.Build(config, pairs, new ScoreThresholds(passThreshold!.Value, marginalThreshold!.Value), "metricSetPairList");
        return TypedResults.Ok(Run(judge, input, services.Telemetry));
    }

    public static Results<Ok<CanaryJudgeResult>, ProblemHttpResult> JudgeInline(
        InlineJudgeRequest? request, [AsParameters] JudgeServices services)
    {
        if (request is null) return ProblemResults.MissingBody("{\"canaryConfig\": …, \"metricSetPairs\": […], \"thresholds\": {\"pass\", \"marginal\"}}");
        var errors = new List<FieldError>();
        if (request.CanaryConfig is null) errors.Add(new FieldError("canaryConfig", "is required."));
        else errors.AddRange(services.ConfigValidator.Validate(request.CanaryConfig).ToFieldErrors().Under("canaryConfig"));
        if (request.MetricSetPairs is null) errors.Add(new FieldError("metricSetPairs", "is required."));
        if (request.Thresholds is null) errors.Add(new FieldError("thresholds", "is required."));
        else errors.AddRange(services.ThresholdsValidator.Validate(request.Thresholds).ToFieldErrors().Under("thresholds"));
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The judge request is invalid.");

        var judge = services.Judges.Resolve(request.CanaryConfig!.Judge?.Name, "canaryConfig.judge.name");
        var input = services.Inputs.Build(request.CanaryConfig, request.MetricSetPairs!,
            new ScoreThresholds(request.Thresholds!.Pass!.Value, request.Thresholds.Marginal!.Value));
        return TypedResults.Ok(Run(judge, input, services.Telemetry));
    }

    private static CanaryJudgeResult Run(ICanaryJudge judge, CanaryJudgeInput input, ServiceTelemetry telemetry)
    {
        var result = judge.Judge(input);
        telemetry.Judged(judge.Name, result.Score.Classification);
        return result;
    }
}
