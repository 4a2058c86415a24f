namespace Judge.MetricSources;

/// <summary>
/// Kayenta's MetricSet: one series; value i sits at StartTimeMillis + i·StepMillis; NaN marks a missing point.
/// </summary>
public sealed record MetricSet(
    string Name,
    IReadOnlyDictionary<string, string> Tags,
    long StartTimeMillis,
    string StartTimeIso,
    long EndTimeMillis,
    string EndTimeIso,
    long StepMillis,
    IReadOnlyList<double> Values,
    IReadOnlyDictionary<string, string> Attributes);
