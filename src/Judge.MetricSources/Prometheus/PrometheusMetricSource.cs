using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace Judge.MetricSources.Prometheus;

/// <summary>One Prometheus account as an <see cref="IMetricSource"/>: builds the PromQL, runs it as a range query over
/// the scope's window and returns one metric set per series, values aligned on the requested grid.</summary>
public sealed class PrometheusMetricSource(string accountName, PrometheusAccountOptions options, Func<IPrometheusApi> api) : IMetricSource
{
    private const int MaxReasonLength = 500;

    public string Type => "prometheus";

    public string AccountName => accountName;

    public string BuildQuery(MetricQuery query) => PrometheusQueryBuilder.Build(query, options.ScopeLabel);

    public async Task<IReadOnlyList<MetricSet>> FetchAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        var text = BuildQuery(query);
        var grid = PrometheusTimeGrid.Of(query);
        var body = await CallAsync(query.MetricName,
            ct => api().QueryRangeAsync(text, IsoInstant.Format(grid.StartMillis), IsoInstant.Format(grid.EndMillis), grid.StepMillis / 1000, ct),
            cancellationToken);
        if (body.Status != "success")
            throw Failure(query.MetricName, $"Prometheus answered status '{body.Status}': {Describe(body.ErrorType, body.Error)}");
        if (body.Data is not { ResultType: "matrix", Result: { } result })
            throw Failure(query.MetricName, $"expected a matrix result, got '{body.Data?.ResultType ?? "nothing"}'");
        return PrometheusMetricSets.From(query.MetricName, text, grid, result);
    }

    /// <summary>The metric names the server knows whose name contains <paramref name="filter"/> (case-insensitive), sorted.</summary>
    public async Task<IReadOnlyList<string>> GetMetricNamesAsync(string? filter, CancellationToken cancellationToken)
    {
        const string subject = "__name__ values";
        var body = await CallAsync(subject, ct => api().MetricNamesAsync(ct), cancellationToken);
        if (body.Status != "success" || body.Data is null)
            throw Failure(subject, $"Prometheus answered status '{body.Status}': {Describe(body.ErrorType, body.Error)}");
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

    private async Task<T> CallAsync<T>(string subject, Func<CancellationToken, Task<IApiResponse<T>>> call, CancellationToken cancellationToken)
    {
        IApiResponse<T> response;
        try
        {
            response = await call(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw Failure(subject, DescribeException(e), e);
        }
        using (response)
        {
            // Refit reports a request that got no answer (network error, timeout) inside the response too.
            if (response.HasRequestError(out var requestError))
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw Failure(subject, DescribeException(requestError), requestError);
            }
            if (!response.IsSuccessStatusCode)
            {
                var status = response.StatusCode is { } code ? $"HTTP {(int)code} ({code})" : "no HTTP status";
                throw Failure(subject, $"{status}: {DescribeErrorBody((response.Error as ApiException)?.Content)}", response.Error);
            }
            if (response.Error is not null)
                throw Failure(subject, $"the answer is not readable: {DescribeException(response.Error)}", response.Error);
            return response.Content ?? throw Failure(subject, "the answer has no body");
        }
    }

    private static string DescribeException(Exception e) => e switch
    {
        TimeoutRejectedException or TaskCanceledException => "the request timed out",
        BrokenCircuitException => "the circuit breaker is open after repeated failures",
        HttpRequestException http => $"the request failed: {http.Message}",
        ApiException { InnerException: JsonException json } => $"the answer is not valid JSON: {json.Message}",
        JsonException json => $"the answer is not valid JSON: {json.Message}",
        ApiException api => $"HTTP {(int)api.StatusCode}",
        _ when e.InnerException is { } inner => DescribeException(inner),
        _ => e.Message,
    };

    // Prometheus explains a failed query in a JSON body {status:"error", errorType, error}.
    private static string DescribeErrorBody(string? content)
    {
        if (string.IsNullOrWhiteSpace(content)) return "no explanation in the body";
        try
        {
            var error = JsonSerializer.Deserialize(content, PrometheusJsonContext.Default.PrometheusQueryRangeResponse);
            if (error?.Error is not null) return Describe(error.ErrorType, error.Error);
        }
        catch (JsonException)
        {
        }
        return content;
    }

    private static string Describe(string? errorType, string? error) =>
        string.IsNullOrEmpty(errorType) ? error ?? "no error text" : $"{errorType}: {error}";

    // Whatever the server or the network stack said is quoted in the message, so the account's secrets are masked
    // first and the text is shortened afterwards (shortening first could leave a secret's prefix behind).
    private MetricFetchException Failure(string subject, string reason, Exception? inner = null)
    {
        foreach (var secret in options.Secrets())
            reason = reason.Replace(secret, "***", StringComparison.Ordinal);
        if (reason.Length > MaxReasonLength)
            reason = reason[..MaxReasonLength] + "…";
        return new MetricFetchException(subject, accountName, reason, inner);
    }
}
