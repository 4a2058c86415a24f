using System.Text.Json;

namespace Judge.MetricSources.Prometheus;

/// <summary>One Prometheus account as an <see cref="IMetricSource"/>: builds the PromQL, runs it as a range query over
/// the scope's window and returns one metric set per series, values aligned on the requested grid.</summary>
public sealed class PrometheusMetricSource(string accountName, PrometheusAccountOptions options, Func<IPrometheusApi> api) : IMetricSource
{
    private readonly ProviderFailureRules _failures =
        new("Prometheus", options.Secrets().ToList(), MaxQuotedLength: 500, ExplainErrorBody);

    public string Type => PrometheusProvider.Type;

    public string AccountName => accountName;

    public string BuildQuery(MetricQuery query) => PrometheusQueryBuilder.Build(query, options.ScopeLabel);

    public async Task<IReadOnlyList<MetricSet>> FetchAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        var text = BuildQuery(query);
        var grid = PrometheusRangeWindow.Of(query);
        var call = new ProviderCall(_failures, query.MetricName, accountName);
        var body = await call.ReadAsync(
            () => api().QueryRangeAsync(text, IsoInstant.Format(grid.StartMillis), IsoInstant.Format(grid.EndMillis), grid.StepMillis / 1000, cancellationToken),
            cancellationToken);
        if (body.Status != "success")
            throw call.Failure(call.Quote($"Prometheus answered status '{body.Status}': {Describe(body.ErrorType, body.Error)}"));
        if (body.Data is not { ResultType: "matrix", Result: { } result })
            throw call.Failure(call.Quote($"expected a matrix result, got '{body.Data?.ResultType ?? "nothing"}'"));
        return PrometheusMetricSets.From(query.MetricName, text, grid, result);
    }

    /// <summary>The metric names the server knows whose name contains <paramref name="filter"/> (case-insensitive), sorted.</summary>
    public async Task<IReadOnlyList<string>> GetMetricNamesAsync(string? filter, CancellationToken cancellationToken)
    {
        var call = new ProviderCall(_failures, "__name__ values", accountName);
        var body = await call.ReadAsync(() => api().MetricNamesAsync(cancellationToken), cancellationToken);
        if (body.Status != "success" || body.Data is null)
            throw call.Failure(call.Quote($"Prometheus answered status '{body.Status}': {Describe(body.ErrorType, body.Error)}"));
        return body.Data
            .Where(name => string.IsNullOrEmpty(filter) || name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True when GET /-/healthy answers 2xx; any failure, including a timeout, is "not healthy".</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await api().HealthyAsync(cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    // Prometheus explains a failed query in a JSON body {status:"error", errorType, error}.
    private static string? ExplainErrorBody(string content) =>
        JsonSerializer.Deserialize(content, PrometheusJsonContext.Default.PrometheusQueryRangeResponse) is { Error: not null } error
            ? Describe(error.ErrorType, error.Error)
            : null;

    private static string Describe(string? errorType, string? error) =>
        string.IsNullOrEmpty(errorType) ? error ?? "no error text" : $"{errorType}: {error}";
}
