namespace Judge.MetricSources;

/// <param name="MetricName">The metric config's name; the metric sets are named after it.</param>
/// <param name="Templates">The canary config's named templates (for customFilterTemplate).</param>
public sealed record MetricQuery(
    string MetricName,
    MetricQueryConfig Config,
    MetricScope Scope,
    IReadOnlyDictionary<string, string> Templates);

/// <summary>One side (control or experiment) of a canary scope: what to select and when.</summary>
public sealed record MetricScope(
    string Scope,
    string? Location,
    DateTimeOffset Start,
    DateTimeOffset End,
    long StepSeconds,
    IReadOnlyDictionary<string, string> ExtendedScopeParams);
