using Judge.Api.Accounts;
using Judge.Api.Storage;
using Judge.MetricSources.Accounts;
using Judge.MetricSources.Datadog;
using Judge.MetricSources.Prometheus;
using Judge.MetricSources.Stackdriver;

namespace Judge.Api.Hosting;

/// <summary>The metric sources and storage backends Judge ships with: the one place that names them.</summary>
public static class BuiltInProviders
{
    public static IReadOnlyList<MetricSourceDescriptor> MetricSources { get; } =
        [PrometheusProvider.Descriptor, DatadogProvider.Descriptor, StackdriverProvider.Descriptor];

    public static IReadOnlyList<ObjectStoreDescriptor> ObjectStores { get; } =
        [S3StoreProvider.Descriptor, FilesystemStoreProvider.Descriptor, MemoryStoreProvider.Descriptor];

    public static AccountTypes AccountTypes { get; } = new(MetricSources, ObjectStores);

    public static IServiceCollection AddBuiltInProviders(this IServiceCollection services)
    {
        foreach (var source in MetricSources) services.AddMetricSource(source);
        foreach (var store in ObjectStores) services.AddObjectStore(store);
        return services;
    }
}
