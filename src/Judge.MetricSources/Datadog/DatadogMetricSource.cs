using System.Text.Json;

namespace Judge.MetricSources.Datadog;

/// <summary>Reads one Datadog account. Retries, timeouts and the circuit breaker live in the account's HTTP client.</summary>
public sealed class DatadogMetricSource : IMetricSource
{
    private readonly string _accountName;
    private readonly Func<IDatadogApi> _api;
    private readonly ProviderFailureRules _failures;

    internal DatadogMetricSource(string accountName, DatadogAccountOptions account, Func<IDatadogApi> api)
    {
        _accountName = accountName;
        _api = api;
        // An error body that echoes a key back must not carry it into a message or a log.
        _failures = new ProviderFailureRules("Datadog", [account.ApiKey, account.ApplicationKey], MaxQuotedLength: 300, ExplainErrorBody);
    }

    public string Type => DatadogProvider.Type;

    public string BuildQuery(MetricQuery query) => DatadogQueryBuilder.Build(query);

    public async Task<IReadOnlyList<MetricSet>> FetchAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        var datadogQuery = DatadogQueryBuilder.Build(query);
        var call = new ProviderCall(_failures, query.MetricName, _accountName);
        var body = await call.ReadAsync(
            () => _api().QueryAsync(query.Scope.Start.ToUnixTimeSeconds(), query.Scope.End.ToUnixTimeSeconds(), datadogQuery, cancellationToken),
            cancellationToken);
        // Datadog may answer 200 and still report the query as failed.
        var reported = DescribeErrors(body) ?? (string.Equals(body.Status, "error", StringComparison.OrdinalIgnoreCase) ? "status is 'error'" : null);
        if (reported is not null)
            throw call.Failure($"Datadog reported an error: {call.Quote(reported)}");
        try
        {
            return DatadogSeriesConverter.Convert(body, query, datadogQuery);
        }
        catch (InvalidDatadogResponseException e)
        {
            throw call.Failure($"Datadog's answer is unusable: {e.Message}");
        }
    }

    private static string? DescribeErrors(DatadogQueryResponse body) =>
        body.Errors is { Count: > 0 } errors ? string.Join("; ", errors) : string.IsNullOrEmpty(body.Error) ? null : body.Error;

    /// <summary>Datadog's own error list when the body is one.</summary>
    private static string? ExplainErrorBody(string content) =>
        JsonSerializer.Deserialize(content, DatadogJsonContext.Default.DatadogQueryResponse) is { } body ? DescribeErrors(body) : null;
}
