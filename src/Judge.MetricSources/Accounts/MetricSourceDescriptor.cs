using Microsoft.Extensions.DependencyInjection;

namespace Judge.MetricSources.Accounts;

/// <summary>
/// A metric source (a METRICS_STORE account type): its settings, its query config (whose JSON "type" discriminator is
/// <see cref="AccountTypeDescriptor.Type"/>) and how one account of it is registered as a keyed <see cref="IMetricSource"/>.
/// </summary>
public abstract class MetricSourceDescriptor : AccountTypeDescriptor
{
    // Only the generic descriptor derives from this one, so a source's type is its query config's.
    private protected MetricSourceDescriptor(string type, Type optionsType, Type queryConfigType) : base(type, optionsType) =>
        QueryConfigType = queryConfigType;

    /// <summary>The <see cref="MetricQueryConfig"/> subtype its queries are read as.</summary>
    public Type QueryConfigType { get; }

    /// <summary>False when a series' point count says nothing about its coverage (Datadog rolls points up), so Kayenta's
    /// "fewer than 50 points" warning does not apply.</summary>
    public bool WarnsAboutFewPoints { get; init; } = true;

    /// <summary>Registers one account (key = its name) from its validated settings.</summary>
    /// <exception cref="ArgumentException">a setting the provider rejects.</exception>
    public abstract void Register(IServiceCollection services, MetricSourceAccount account);
}

/// <summary>
/// A metric source whose accounts are read as <typeparamref name="TOptions"/> and whose queries as
/// <typeparamref name="TQueryConfig"/>; its type is the query config's.
/// </summary>
public sealed class MetricSourceDescriptor<TOptions, TQueryConfig>()
    : MetricSourceDescriptor(new TQueryConfig().Type, typeof(TOptions), typeof(TQueryConfig))
    where TOptions : class, new()
    where TQueryConfig : MetricQueryConfig, new()
{
    /// <summary>Registers one account from its options (an AddXxxAccount extension, say).</summary>
    public required RegisterAccount<TOptions> AddAccount { get; init; }

    public override void Register(IServiceCollection services, MetricSourceAccount account) =>
        AddAccount(services, account.Name, account.Settings.Bind<TOptions>(), account.Http);
}

/// <summary>Registers the account <paramref name="accountName"/> as a keyed <see cref="IMetricSource"/>.</summary>
/// <exception cref="ArgumentException">an option the provider rejects.</exception>
public delegate IServiceCollection RegisterAccount<in TOptions>(IServiceCollection services, string accountName, TOptions options,
    MetricSourceHttpOptions? http);

/// <summary>One account to register: its name, settings and the shared HTTP options (Judge:MetricSourceHttp).</summary>
public sealed record MetricSourceAccount(string Name, AccountSettings Settings, MetricSourceHttpOptions? Http);
