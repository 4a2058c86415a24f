using Judge.Api.Accounts;
using Judge.MetricSources;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// The services a host's <see cref="AccountMetricSources"/> looks metric sources up in, counting the look-ups: each
/// account resolution looks its source up exactly once, so this counts the resolutions.
/// </summary>
public sealed class CountingMetricSourceLookups : IKeyedServiceProvider
{
    private IServiceProvider? services;
    private int count;

    public int Count => Volatile.Read(ref count);

    /// <summary>Replaces the host's resolver with one that looks its sources up here.</summary>
    public void Install(IServiceCollection collection) => collection.AddSingleton(sp =>
    {
        services = sp;
        return new AccountMetricSources(sp.GetRequiredService<AccountCatalog>(), this);
    });

    private IKeyedServiceProvider Services => (IKeyedServiceProvider)(services ?? throw new InvalidOperationException("Not installed."));

    public object? GetService(Type serviceType) => Services.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey)
    {
        if (serviceType == typeof(IMetricSource))
            Interlocked.Increment(ref count);
        return Services.GetKeyedService(serviceType, serviceKey);
    }

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        GetKeyedService(serviceType, serviceKey) ?? throw new InvalidOperationException($"No keyed service {serviceType.Name} '{serviceKey}'.");
}
