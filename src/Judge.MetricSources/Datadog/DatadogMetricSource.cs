using System.Text.Json;

namespace Judge.MetricSources.Datadog;

/// <summary>Reads one Datadog account. Retries, timeouts and the circuit breaker live in the account's HTTP client.</summary>
public sealed class DatadogMetricSource : IMetricSource
{
    private const int MaxErrorTextLength = 300;

    private readonly string _accountName;
    private readonly DatadogAccountOptions _account;
    private readonly Func<IDatadogApi> _api;

    internal DatadogMetricSource(string accountName, DatadogAccountOptions account, Func<IDatadogApi> api)
    {
        _accountName = accountName;
        _account = account;
        _api = api;
    }

    public string Type => "datadog";

    public string BuildQuery(MetricQuery query) => DatadogQueryBuilder.Build(query);

    public async Task<IReadOnlyList<MetricSet>> FetchAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        var datadogQuery = DatadogQueryBuilder.Build(query);
        var call = new ProviderCall("Datadog", query.MetricName, _accountName);
        var body = await call.ReadAsync(
            () => _api().QueryAsync(query.Scope.Start.ToUnixTimeSeconds(), query.Scope.End.ToUnixTimeSeconds(), datadogQuery, cancellationToken),
            ErrorText, describeOwnException: null, cancellationToken);
        // Datadog may answer 200 and still report the query as failed.
        var reported = DescribeErrors(body) ?? (string.Equals(body.Status, "error", StringComparison.OrdinalIgnoreCase) ? "status is 'error'" : null);
        if (reported is not null)
            throw call.Failure($"Datadog reported an error: {Redact(Truncate(reported))}");
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

    /// <summary>Datadog's own error list when the body is one, else the start of the body; keys are masked either way.</summary>
    private string ErrorText(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
            return "(no body)";
        string text;
        try
        {
            text = JsonSerializer.Deserialize(content, DatadogJsonContext.Default.DatadogQueryResponse) is { } body && DescribeErrors(body) is { } errors ? errors : content;
        }
        catch (JsonException)
        {
            text = content;
        }
        return Redact(Truncate(text));
    }

    private static string Truncate(string text) =>
        text.Length <= MaxErrorTextLength ? text : text[..MaxErrorTextLength] + "…";

    // An error body that echoes a key back must not carry it into a message or a log.
    private string Redact(string text)
    {
        foreach (var secret in new[] { _account.ApiKey, _account.ApplicationKey })
            if (!string.IsNullOrEmpty(secret))
                text = text.Replace(secret, "***", StringComparison.Ordinal);
        return text;
    }
}
