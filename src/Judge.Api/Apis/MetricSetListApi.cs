using Judge.Api.Accounts;
using Judge.Api.Json;
using Judge.Api.Limits;
using Judge.Api.Problems;
using Judge.Api.Storage;
using Judge.MetricSources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Judge.Api.Apis;

/// <summary>/metricSetList: stored lists of MetricSet (what a fetch returned) in an OBJECT_STORE account (accountName).</summary>
public static class MetricSetListApi
{
    public static IEndpointRouteBuilder MapMetricSetListApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/metricSetList").WithTags("MetricSetList");
        api.MapGet("", ListMetricSetLists);
        api.MapGet("/{metricSetListId}", GetMetricSetList);
        api.MapPost("", StoreMetricSetList);
        api.MapDelete("/{metricSetListId}", DeleteMetricSetList);
        return app;
    }

    public sealed record MetricSetListIdResponse(string MetricSetListId);

    public static async Task<Ok<IReadOnlyList<StoredObjectListing>>> ListMetricSetLists(
        [FromQuery] string? accountName, ObjectStoreResolver stores, CancellationToken cancellationToken)
    {
        var store = stores.Resolve(accountName, AccountUse.ObjectStore);
        return TypedResults.Ok(await StoredObjectListing.ListAsync(store.Store, ObjectType.MetricSetList, cancellationToken));
    }

    public static async Task<Results<Ok<IReadOnlyList<MetricSet>>, ProblemHttpResult>> GetMetricSetList(
        string metricSetListId, [FromQuery] string? accountName, ObjectStoreResolver stores, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(metricSetListId, "metricSetListId") is { } invalid) return invalid;
        var store = stores.Resolve(accountName, AccountUse.ObjectStore);
        var bytes = await store.Store.ReadAsync(ObjectType.MetricSetList, metricSetListId, cancellationToken);
        return bytes is null
            ? ProblemResults.NotFound($"No metric set list with id '{metricSetListId}'.")
            : TypedResults.Ok<IReadOnlyList<MetricSet>>(StoredJson.Deserialize<List<MetricSet>>(bytes, $"metric set list '{metricSetListId}'"));
    }

    public static async Task<Results<Ok<MetricSetListIdResponse>, ProblemHttpResult>> StoreMetricSetList(
        IReadOnlyList<MetricSet>? metricSets, [FromQuery] string? accountName,
        ObjectStoreResolver stores, IOptions<RequestLimits> limits, CancellationToken cancellationToken)
    {
        if (metricSets is null) return ProblemResults.MissingBody("an array of metric sets");
        var errors = Validate(metricSets, limits.Value);
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The metric set list is invalid.");
        var store = stores.Resolve(accountName, AccountUse.ObjectStore);
        return TypedResults.Ok(new MetricSetListIdResponse(await StoreAsync(store.Store, metricSets, cancellationToken)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteMetricSetList(
        string metricSetListId, [FromQuery] string? accountName, ObjectStoreResolver stores, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(metricSetListId, "metricSetListId") is { } invalid) return invalid;
        var store = stores.Resolve(accountName, AccountUse.ObjectStore);
        return await store.Store.DeleteAsync(ObjectType.MetricSetList, metricSetListId, cancellationToken)
            ? TypedResults.NoContent()
            : ProblemResults.NotFound($"No metric set list with id '{metricSetListId}'.");
    }

    /// <summary>Stores the list under a new id and returns it.</summary>
    public static async Task<string> StoreAsync(IObjectStore store, IReadOnlyList<MetricSet> metricSets, CancellationToken cancellationToken)
    {
        var id = ObjectId.New();
        await store.WriteAsync(ObjectType.MetricSetList, id, StoredJson.Serialize(metricSets), null, cancellationToken);
        return id;
    }

    private static List<FieldError> Validate(IReadOnlyList<MetricSet> metricSets, RequestLimits limits)
    {
        var errors = new List<FieldError>();
        if (metricSets.Count > limits.MaxMetrics)
            errors.Add(new FieldError("$", $"holds {metricSets.Count} metric sets, more than {limits.MaxMetrics} (Judge:Limits:MaxMetrics)."));
        for (var i = 0; i < metricSets.Count; i++)
        {
            var set = metricSets[i];
            if (set is null)
            {
                errors.Add(new FieldError($"[{i}]", "must be an object."));
                continue;
            }
            if (string.IsNullOrEmpty(set.Name)) errors.Add(new FieldError($"[{i}].name", "is required."));
            if (set.Values is null) errors.Add(new FieldError($"[{i}].values", "is required (an array of numbers)."));
            else if (set.Values.Count > limits.MaxSeriesLength)
                errors.Add(new FieldError($"[{i}].values", $"holds {set.Values.Count} values, more than {limits.MaxSeriesLength} (Judge:Limits:MaxSeriesLength)."));
        }
        return errors;
    }
}
