using Microsoft.Extensions.DependencyInjection;

namespace Judge.MetricSources.Accounts;

/// <summary>
/// A metric source (a METRICS_STORE account type): its settings, its query config (whose JSON "type" discriminator is
/// <see cref="AccountTypeDescriptor.Type"/>) and how one account of it is registered as a keyed <see cref="IMetricSource"/>.
/// </summary>
public sealed class MetricSourceDescriptor : AccountTypeDescriptor
{
    private readonly Type _queryConfigType = typeof(MetricQueryConfig);

    /// <summary>The <see cref="MetricQueryConfig"/> subtype its queries are read as.</summary>
    public required Type QueryConfigType
    {
        get => _queryConfigType;
        init => _queryConfigType = value.IsSubclassOf(typeof(MetricQueryConfig)) && !value.IsAbstract
            ? value
            : throw new ArgumentException($"{value} is not a concrete {nameof(MetricQueryConfig)}.", nameof(QueryConfigType));
    }

    /// <summary>Registers one account (key = its name) from its validated settings.</summary>
    /// <exception cref="ArgumentException">a setting the provider rejects.</exception>
    public required Action<IServiceCollection, MetricSourceAccount> Register { get; init; }

    /// <summary>False when a series' point count says nothing about its coverage (Datadog rolls points up), so Kayenta's
    /// "fewer than 50 points" warning does not apply.</summary>
    public bool WarnsAboutFewPoints { get; init; } = true;
}

/// <summary>One account to register: its name, settings and the shared HTTP options (Judge:MetricSourceHttp).</summary>
public sealed record MetricSourceAccount(string Name, AccountSettings Settings, MetricSourceHttpOptions? Http);
