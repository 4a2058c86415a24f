namespace Judge.MetricSources.Stackdriver;

public sealed record StackdriverQueryConfig() : MetricQueryConfig(StackdriverProvider.Type)
{
    public string? MetricType { get; init; }
    public string? ResourceType { get; init; }
    public string? CrossSeriesReducer { get; init; }
    public string? PerSeriesAligner { get; init; }
    public IReadOnlyList<string>? GroupByFields { get; init; }
}
