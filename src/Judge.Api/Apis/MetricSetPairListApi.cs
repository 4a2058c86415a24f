using Judge.Api.Audit;
using Judge.Api.Json;
using Judge.Api.Limits;
using Judge.Api.Storage;
using Microsoft.Extensions.Options;

namespace Judge.Api.Apis;

/// <summary>/metricSetPairList: stored lists of MetricSetPair in an OBJECT_STORE account (accountName).</summary>
public static class MetricSetPairListApi
{
    public static readonly StoredList<MetricSetPair> Stored = new(ObjectType.MetricSetPairList, "metricSetPairListId", "metric set pair list",
        json => MetricSetPairJson.ReadList(json, KayentaJson.Options), pairs => MetricSetPairJson.WriteList(pairs, KayentaJson.Options));

    public static IEndpointRouteBuilder MapMetricSetPairListApi(this IEndpointRouteBuilder app)
    {
        // The body is bound by PostedMetricSetPairs.BindAsync; routing still answers 415 to a body declared as something
        // other than JSON, as it does for a JSON body parameter (optional: a request without a body reaches the handler).
        Stored.Map(app, "/metricSetPairList", "MetricSetPairList", StorePairList,
                post => post.Accepts(typeof(IReadOnlyList<MetricSetPair>), isOptional: true, "application/json"))
            .MapGet("/{metricSetPairListId}/{metricSetPairId}", GetPair);
        return app;
    }

    public sealed record MetricSetPairListIdResponse(string MetricSetPairListId) : IResourceIdResponse
    {
        string IResourceIdResponse.ResourceId => MetricSetPairListId;
    }

    public static async Task<Results<Ok<MetricSetPair>, ProblemHttpResult>> GetPair(
        string metricSetPairListId, string metricSetPairId, [AsParameters] ObjectStoreAccount account, CancellationToken cancellationToken)
    {
        var found = await Stored.GetAsync(metricSetPairListId, account, cancellationToken);
        if (found.Result is not Ok<IReadOnlyList<MetricSetPair>> { Value: { } pairs }) return (ProblemHttpResult)found.Result;
        var pair = pairs.FirstOrDefault(p => p?.Id == metricSetPairId);
        return pair is null
            ? ProblemResults.NotFound($"Metric set pair list '{metricSetPairListId}' has no pair with id '{metricSetPairId}'.")
            : TypedResults.Ok(pair);
    }

    public static async Task<Results<Ok<MetricSetPairListIdResponse>, ProblemHttpResult>> StorePairList(
        PostedMetricSetPairs? body, [AsParameters] ObjectStoreAccount account, IOptions<RequestLimits> limits, CancellationToken cancellationToken)
    {
        if (body?.Pairs is not { } pairs) return ProblemResults.MissingBody("an array of metric set pairs");
        var errors = Validate(pairs, limits.Value);
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The metric set pair list is invalid.");
        var store = account.Resolve();
        // Pairs are addressed by id (GET /{listId}/{pairId}); one posted without gets one, as Kayenta's mixer gives them.
        var identified = pairs.Select(p => string.IsNullOrEmpty(p.Id) ? p with { Id = ObjectId.New() } : p).ToList();
        return TypedResults.Ok(new MetricSetPairListIdResponse(await Stored.StoreAsync(store, identified, cancellationToken)));
    }

    private static List<FieldError> Validate(IReadOnlyList<MetricSetPair> pairs, RequestLimits limits) =>
        PostedList.Validate(pairs, "pairs", limits, (path, pair, errors) =>
        {
            if (string.IsNullOrEmpty(pair.Name)) errors.Add(new FieldError($"{path}.name", "is required."));
            PostedList.ValidateSeries($"{path}.values.control", pair.Values?.Control, limits, errors);
            PostedList.ValidateSeries($"{path}.values.experiment", pair.Values?.Experiment, limits, errors);
        });
}
