using Judge.Api.Accounts;
using Judge.Api.Storage;
using Judge.MetricSources.Accounts;

namespace Judge.Api.Hosting;

/// <summary>
/// Adds an account type to the host. The host reads, validates, lists and serves accounts of every descriptor registered
/// before its service provider is built (a test host's ConfigureServices included).
/// </summary>
public static class ProviderRegistration
{
    public static IServiceCollection AddMetricSource(this IServiceCollection services, MetricSourceDescriptor descriptor) =>
        services.AddSingleton(descriptor);

    public static IServiceCollection AddObjectStore(this IServiceCollection services, ObjectStoreDescriptor descriptor) =>
        services.AddSingleton(descriptor);

    /// <summary>The account types registered so far in <paramref name="services"/>.</summary>
    public static AccountTypes RegisteredAccountTypes(this IServiceCollection services) => new(
        services.Select(d => d.ImplementationInstance).OfType<MetricSourceDescriptor>(),
        services.Select(d => d.ImplementationInstance).OfType<ObjectStoreDescriptor>());
}
