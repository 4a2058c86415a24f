using Judge.Api.Accounts;
using Judge.Api.Json;
using Judge.Api.Limits;
using Judge.Api.Model;
using Judge.Api.Problems;
using Judge.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Judge.Api.Apis;

/// <summary>/metricSetPairList: stored lists of MetricSetPair in an OBJECT_STORE account (accountName).</summary>
public static class MetricSetPairListApi
{
    public static IEndpointRouteBuilder MapMetricSetPairListApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/metricSetPairList").WithTags("MetricSetPairList");
        api.MapGet("", ListPairLists);
        api.MapGet("/{metricSetPairListId}", GetPairList);
        api.MapGet("/{metricSetPairListId}/{metricSetPairId}", GetPair);
        api.MapPost("", StorePairList);
        api.MapDelete("/{metricSetPairListId}", DeletePairList);
        return app;
    }

    public sealed record MetricSetPairListIdResponse(string MetricSetPairListId);

    public static async Task<Ok<IReadOnlyList<StoredObjectListing>>> ListPairLists(
        [FromQuery] string? accountName, ObjectStoreResolver stores, CancellationToken cancellationToken)
    {
        var store = stores.Resolve(accountName, AccountUse.ObjectStore);
        return TypedResults.Ok(await StoredObjectListing.ListAsync(store.Store, ObjectType.MetricSetPairList, cancellationToken));
    }

    public static async Task<Results<Ok<IReadOnlyList<MetricSetPair>>, ProblemHttpResult>> GetPairList(
        string metricSetPairListId, [FromQuery] string? accountName, ObjectStoreResolver stores, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(metricSetPairListId, "metricSetPairListId") is { } invalid) return invalid;
        var pairs = await LoadAsync(stores.Resolve(accountName, AccountUse.ObjectStore).Store, metricSetPairListId, cancellationToken);
        return pairs is null ? ProblemResults.NotFound($"No metric set pair list with id '{metricSetPairListId}'.") : TypedResults.Ok(pairs);
    }

    public static async Task<Results<Ok<MetricSetPair>, ProblemHttpResult>> GetPair(
        string metricSetPairListId, string metricSetPairId, [FromQuery] string? accountName,
        ObjectStoreResolver stores, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(metricSetPairListId, "metricSetPairListId") is { } invalid) return invalid;
        var pairs = await LoadAsync(stores.Resolve(accountName, AccountUse.ObjectStore).Store, metricSetPairListId, cancellationToken);
        if (pairs is null) return ProblemResults.NotFound($"No metric set pair list with id '{metricSetPairListId}'.");
        var pair = pairs.FirstOrDefault(p => p?.Id == metricSetPairId);
        return pair is null
            ? ProblemResults.NotFound($"Metric set pair list '{metricSetPairListId}' has no pair with id '{metricSetPairId}'.")
            : TypedResults.Ok(pair);
    }

    public static async Task<Results<Ok<MetricSetPairListIdResponse>, ProblemHttpResult>> StorePairList(
        IReadOnlyList<MetricSetPair>? pairs, [FromQuery] string? accountName,
        ObjectStoreResolver stores, IOptions<RequestLimits> limits, CancellationToken cancellationToken)
    {
        if (pairs is null) return ProblemResults.MissingBody("an array of metric set pairs");
        var errors = Validate(pairs, limits.Value);
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The metric set pair list is invalid.");
        var store = stores.Resolve(accountName, AccountUse.ObjectStore);
        var id = ObjectId.New();
        // Pairs are addressed by id (GET /{listId}/{pairId}); one posted without gets one, as Kayenta's mixer gives them.
        var identified = pairs.Select(p => string.IsNullOrEmpty(p.Id) ? p with { Id = ObjectId.New() } : p).ToList();
        await store.Store.WriteAsync(ObjectType.MetricSetPairList, id, StoredJson.Serialize(identified), null, cancellationToken);
        return TypedResults.Ok(new MetricSetPairListIdResponse(id));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeletePairList(
        string metricSetPairListId, [FromQuery] string? accountName, ObjectStoreResolver stores, CancellationToken cancellationToken)
    {
        if (ProblemResults.InvalidId(metricSetPairListId, "metricSetPairListId") is { } invalid) return invalid;
        var store = stores.Resolve(accountName, AccountUse.ObjectStore);
        return await store.Store.DeleteAsync(ObjectType.MetricSetPairList, metricSetPairListId, cancellationToken)
            ? TypedResults.NoContent()
            : ProblemResults.NotFound($"No metric set pair list with id '{metricSetPairListId}'.");
    }

    /// <summary>The stored pair list, or null when there is none.</summary>
    public static async Task<IReadOnlyList<MetricSetPair>?> LoadAsync(IObjectStore store, string id, CancellationToken cancellationToken)
    {
        var bytes = await store.ReadAsync(ObjectType.MetricSetPairList, id, cancellationToken);
        return bytes is null ? null : StoredJson.Deserialize<List<MetricSetPair>>(bytes, $"metric set pair list '{id}'");
    }

    private static List<FieldError> Validate(IReadOnlyList<MetricSetPair> pairs, RequestLimits limits)
    {
        var errors = new List<FieldError>();
        if (pairs.Count > limits.MaxMetrics)
            errors.Add(new FieldError("$", $"holds {pairs.Count} pairs, more than {limits.MaxMetrics} (Judge:Limits:MaxMetrics)."));
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (pair is null)
            {
                errors.Add(new FieldError($"[{i}]", "must be an object."));
                continue;
            }
            if (string.IsNullOrEmpty(pair.Name)) errors.Add(new FieldError($"[{i}].name", "is required."));
            if (pair.Values?.Control is null) errors.Add(new FieldError($"[{i}].values.control", "is required (an array of numbers)."));
            else if (pair.Values.Control.Count > limits.MaxSeriesLength)
                errors.Add(new FieldError($"[{i}].values.control", $"holds {pair.Values.Control.Count} values, more than {limits.MaxSeriesLength} (Judge:Limits:MaxSeriesLength)."));
            if (pair.Values?.Experiment is null) errors.Add(new FieldError($"[{i}].values.experiment", "is required (an array of numbers)."));
            else if (pair.Values.Experiment.Count > limits.MaxSeriesLength)
                errors.Add(new FieldError($"[{i}].values.experiment", $"holds {pair.Values.Experiment.Count} values, more than {limits.MaxSeriesLength} (Judge:Limits:MaxSeriesLength)."));
        }
        return errors;
    }
}
