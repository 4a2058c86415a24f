using Judge.MetricSources;

namespace Judge.Api.Tests.Providers;

/// <summary>The query config of the test-only "constant" metric source: one series at <see cref="Value"/> (default: the account's Level).</summary>
public sealed record ConstantQueryConfig() : MetricQueryConfig(ConstantProvider.Type)
{
    public string? MetricName { get; init; }

    public double? Value { get; init; }
}
