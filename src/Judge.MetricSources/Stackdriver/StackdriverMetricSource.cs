using System.Text.Json;

namespace Judge.MetricSources.Stackdriver;

/// <summary>Reads one Google Cloud Monitoring account, following nextPageToken across pages.</summary>
public sealed class StackdriverMetricSource : IMetricSource
{
    private const string Provider = "Cloud Monitoring";
    private const int MaxPages = 100;

    // The account's options hold no secret (the key stays in its file, tokens are fetched per attempt): nothing to mask.
    private static readonly ProviderFailureRules Failures = new(Provider, Secrets: [], MaxQuotedLength: 300, ExplainErrorBody, DescribeTokenFailure);

    private readonly string _accountName;
    private readonly StackdriverAccountOptions _account;
    private readonly Func<ICloudMonitoringApi> _api;

    internal StackdriverMetricSource(string accountName, StackdriverAccountOptions account, Func<ICloudMonitoringApi> api)
    {
        _accountName = accountName;
        _account = account;
        _api = api;
    }

    public string Type => StackdriverProvider.Type;

    public string BuildQuery(MetricQuery query) => StackdriverQueryBuilder.Build(query, _account.Project).Filter;

    public async Task<IReadOnlyList<MetricSet>> FetchAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        var request = StackdriverQueryBuilder.Build(query, _account.Project);
        var call = new ProviderCall(Failures, query.MetricName, _accountName);
        var api = _api();
        var series = new List<TimeSeries>();
        string? pageToken = null;
        for (var page = 1; ; page++)
        {
            var body = await call.ReadAsync(
                () => api.ListTimeSeriesAsync(request.Project, request.Filter, IsoInstant.Format(request.Start), IsoInstant.Format(request.End),
                    request.AlignmentPeriod, request.PerSeriesAligner, request.CrossSeriesReducer, request.GroupByFields, pageToken, cancellationToken),
                cancellationToken);
            // A partial answer would be judged as if it were whole; refuse it.
            if (body.ExecutionErrors is { Count: > 0 } errors)
                throw call.Failure($"{Provider} could not answer the whole query: {call.Quote(string.Join("; ", errors.Select(e => e.Message)))}");
            series.AddRange(body.TimeSeries ?? []);
            pageToken = body.NextPageToken;
            if (string.IsNullOrEmpty(pageToken))
                break;
            if (page == MaxPages)
                throw call.Failure($"{Provider} is still paging after {MaxPages} pages; narrow the query (groupByFields, filter) or the window");
        }

        try
        {
            return TimeSeriesConverter.Convert(series, request, query.MetricName);
        }
        catch (InvalidStackdriverResponseException e)
        {
            throw call.Failure($"{Provider}'s answer is unusable: {e.Message}");
        }
    }

    private static string? DescribeTokenFailure(Exception e) =>
        e is GoogleAccessTokenException ? $"no Google access token: {e.Message}" : null;

    /// <summary>Google's error status and message when the body is the documented error envelope.</summary>
    private static string? ExplainErrorBody(string content) =>
        JsonSerializer.Deserialize(content, StackdriverJsonContext.Default.GoogleErrorBody)?.Error is { Message: not null } error
            ? $"{error.Status} {error.Message}".Trim()
            : null;
}
