using Judge.MetricSources.Stackdriver;

namespace Judge.MetricSources.Tests.Stackdriver;

internal static class StackdriverQueries
{
    public static readonly DateTimeOffset Start = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = Start.AddMinutes(5);

    public static MetricQuery Query(StackdriverQueryConfig config, string scope = "myapp-v010", string? location = "us-central1",
        IReadOnlyDictionary<string, string>? extended = null, IReadOnlyDictionary<string, string>? templates = null, long step = 60) =>
        new("cpu", config, new MetricScope(scope, location, Start, End, step, extended ?? new Dictionary<string, string>()),
            templates ?? new Dictionary<string, string>());

    public static StackdriverQueryConfig Cpu(string resourceType = "gce_instance") =>
        new() { MetricType = "compute.googleapis.com/instance/cpu/utilization", ResourceType = resourceType };
}
