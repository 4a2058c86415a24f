namespace Judge.Api.Model;

/// <summary>Kayenta's MetricSetPair: one metric's control and experiment series (NaN = missing point).</summary>
public sealed record MetricSetPair
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
    public MetricSetPairSides<IReadOnlyList<double>>? Values { get; init; }
    public MetricSetPairSides<MetricSetScope>? Scopes { get; init; }
    public MetricSetPairSides<IReadOnlyDictionary<string, string>>? Attributes { get; init; }
}

public sealed record MetricSetPairSides<T>
{
    public T? Control { get; init; }
    public T? Experiment { get; init; }
}

public sealed record MetricSetScope
{
    public string? StartTimeIso { get; init; }
    public long? StartTimeMillis { get; init; }
    public long? StepMillis { get; init; }
}
