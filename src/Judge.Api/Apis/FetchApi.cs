using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Judge.Api.Accounts;
using Judge.Api.Audit;
using Judge.MetricSources;

namespace Judge.Api.Apis;

/// <summary>
/// POST /fetch/{provider}/query: Kayenta's fetch controllers in one route. The body is the metric's query config (its
/// "type" may be omitted; the path names it); the scope and window come from the query string. The metric sets are
/// stored as a MetricSetList ({"metricSetListId"}), or with dryRun=true only the query is built ({"query"}).
/// </summary>
public static class FetchApi
{
    public static IEndpointRouteBuilder MapFetchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/fetch").WithTags("Fetch").MapPost("/{provider}/query", FetchQuery);
        return app;
    }

    public sealed record FetchedResponse(string MetricSetListId) : IResourceIdResponse
    {
        string IResourceIdResponse.ResourceId => MetricSetListId;
    }

    public sealed record DryRunResponse(string Query);

    public static async Task<Results<Ok<FetchedResponse>, Ok<DryRunResponse>, ProblemHttpResult>> FetchQuery(
        string provider, JsonObject? body, [AsParameters] FetchQueryString queryString,
        // Typed parameters stay on the handler: a binding failure names the parameter, and problem+json errors repeat that name.
        [FromQuery] DateTimeOffset? start, [FromQuery] DateTimeOffset? end, [FromQuery] long? step, [FromQuery] bool? dryRun,
        [AsParameters] FetchServices services, CancellationToken cancellationToken)
    {
        var providers = services.QueryTypes.Names;
        if (!providers.Contains(provider))
            return ProblemResults.NotFound($"No metric provider '{provider}' (known: {string.Join(", ", providers)}).");
        if (body is null) return ProblemResults.MissingBody($"the {provider} query config");

        var errors = new List<FieldError>();
        var config = ReadQueryConfig(provider, body, services.Json.Options, errors);
        if (string.IsNullOrEmpty(queryString.MetricSetName)) errors.Add(new FieldError("metricSetName", "is required."));
        if (start is null) errors.Add(new FieldError("start", "is required (an ISO-8601 instant)."));
        if (end is null) errors.Add(new FieldError("end", "is required (an ISO-8601 instant)."));
        if (start >= end) errors.Add(new FieldError("end", "must be after start."));
        var stepSeconds = step ?? 60;
        if (stepSeconds <= 0) errors.Add(new FieldError("step", "must be greater than 0 seconds."));
        else if (start < end && (end.Value - start.Value).TotalSeconds / stepSeconds > services.Limits.Value.MaxSeriesLength)
            errors.Add(new FieldError("step", $"makes the window longer than {services.Limits.Value.MaxSeriesLength} points (Judge:Limits:MaxSeriesLength)."));
        if (errors.Count > 0) return ProblemResults.Validation(errors, "The fetch request is invalid.");

        var source = services.Sources.Resolve(queryString.MetricsAccountName, provider);
        var query = new MetricQuery(queryString.MetricSetName!, config!,
            new MetricScope(queryString.Scope ?? "", queryString.Location, start!.Value, end!.Value, stepSeconds, new Dictionary<string, string>()),
            new Dictionary<string, string>());
        if (dryRun == true)
            return TypedResults.Ok(new DryRunResponse(source.Source.BuildQuery(query)));

        var store = services.Stores.Resolve(queryString.StorageAccountName, AccountUse.ObjectStore);
        var watch = Stopwatch.StartNew();
        IReadOnlyList<MetricSet> sets;
        try
        {
            sets = await source.Source.FetchAsync(query, cancellationToken);
            services.Telemetry.MetricFetched(provider, watch.Elapsed, "success");
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            services.Telemetry.MetricFetched(provider, watch.Elapsed, "failure");
            throw;
        }
        return TypedResults.Ok(new FetchedResponse(await MetricSetListApi.Stored.StoreAsync(store.Store, sets, cancellationToken)));
    }

    private static MetricQueryConfig? ReadQueryConfig(string provider, JsonObject body, JsonSerializerOptions json, List<FieldError> errors)
    {
        var copy = (JsonObject)body.DeepClone();
        if (copy.TryGetPropertyValue(MetricQueryConfig.TypeProperty, out var type) && type is not null)
        {
            if (type.GetValueKind() != JsonValueKind.String || type.GetValue<string>() != provider)
            {
                errors.Add(new FieldError("type", $"must be \"{provider}\" (or absent) on /fetch/{provider}/query."));
                return null;
            }
        }
        copy[MetricQueryConfig.TypeProperty] = provider;
        try
        {
            return copy.Deserialize<MetricQueryConfig>(json);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : e.Path.TrimStart('$').TrimStart('.');
            errors.Add(new FieldError(path, e.Message.Split(" Path:", 2)[0]));
            return null;
        }
    }
}
