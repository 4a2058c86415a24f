using Judge.Api.Audit;
using Judge.Api.Limits;
using Judge.Api.Storage;
using Judge.MetricSources;
using Microsoft.Extensions.Options;

namespace Judge.Api.Apis;

/// <summary>/metricSetList: stored lists of MetricSet (what a fetch returned) in an OBJECT_STORE account (accountName).</summary>
public static class MetricSetListApi
{
    public static readonly StoredList<MetricSet> Stored = new(ObjectType.MetricSetList, "metricSetListId", "metric set list");

    public static IEndpointRouteBuilder MapMetricSetListApi(this IEndpointRouteBuilder app)
    {
        Stored.Map(app, "/metricSetList", "MetricSetList", StoreMetricSetList);
        return app;
    }

    public sealed record MetricSetListIdResponse(string MetricSetListId) : IResourceIdResponse
    {
        string IResourceIdResponse.ResourceId => MetricSetListId;
    }

    public static async Task<Results<Ok<MetricSetListIdResponse>, ProblemHttpResult>> StoreMetricSetList(
        IReadOnlyList<MetricSet>? metricSets, [AsParameters] ObjectStoreAccount account, IOptions<RequestLimits> limits, CancellationToken cancellationToken)
    {
        if (metricSets is null) return ProblemResults.MissingBody("an array of metric sets");
        var errors = Validate(metricSets, limits.Value);
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The metric set list is invalid.");
        return TypedResults.Ok(new MetricSetListIdResponse(await Stored.StoreAsync(account.Resolve(), metricSets, cancellationToken)));
    }

    private static List<FieldError> Validate(IReadOnlyList<MetricSet> metricSets, RequestLimits limits) =>
        PostedList.Validate(metricSets, "metric sets", limits, (path, set, errors) =>
        {
            if (string.IsNullOrEmpty(set.Name)) errors.Add(new FieldError($"{path}.name", "is required."));
            PostedList.ValidateSeries($"{path}.values", set.Values, limits, errors);
        });
}
