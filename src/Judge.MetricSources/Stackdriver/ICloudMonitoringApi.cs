using Refit;

namespace Judge.MetricSources.Stackdriver;

/// <summary>Cloud Monitoring v3 projects.timeSeries.list; the bearer token is added by <see cref="GoogleBearerTokenHandler"/>.</summary>
internal interface ICloudMonitoringApi
{
    [Get("/v3/projects/{project}/timeSeries")]
    Task<IApiResponse<ListTimeSeriesResponse>> ListTimeSeriesAsync(
        string project,
        string filter,
        [AliasAs("interval.startTime")] string intervalStartTime,
        [AliasAs("interval.endTime")] string intervalEndTime,
        [AliasAs("aggregation.alignmentPeriod")] string alignmentPeriod,
        [AliasAs("aggregation.perSeriesAligner")] string perSeriesAligner,
        [AliasAs("aggregation.crossSeriesReducer")] string crossSeriesReducer,
        [AliasAs("aggregation.groupByFields")][Query(CollectionFormat.Multi)] IEnumerable<string>? groupByFields,
        string? pageToken,
        CancellationToken cancellationToken);
}
