namespace Judge.MetricSources.Stackdriver;

/// <summary>Everything one timeSeries.list call needs, resolved from the query config, the scope and the account.</summary>
internal sealed record StackdriverRequest(
    string Project,
    string Filter,
    string PerSeriesAligner,
    string CrossSeriesReducer,
    IReadOnlyList<string>? GroupByFields,
    DateTimeOffset Start,
    DateTimeOffset End,
    long StepSeconds)
{
    public string AlignmentPeriod => $"{StepSeconds}s";
}
