using Judge.MetricSources.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.MetricSources.Datadog;

/// <summary>The "datadog" account type: its descriptor and how one account is registered.</summary>
public static class DatadogProvider
{
    public const string Type = "datadog";

    public static MetricSourceDescriptor Descriptor { get; } = new MetricSourceDescriptor<DatadogAccountOptions, DatadogQueryConfig>
    {
        AddAccount = AddDatadogAccount,
        WarnsAboutFewPoints = false,
    };

    /// <summary>
    /// Registers one Datadog account as a keyed <see cref="IMetricSource"/> (key = <paramref name="accountName"/>) over its own
    /// Refit client, whose base URL and key headers come from <paramref name="account"/> alone.
    /// The source is also resolvable as <see cref="DatadogMetricSource"/>.
    /// </summary>
    /// <exception cref="ArgumentException">the account name or an option is invalid.</exception>
    /// <exception cref="InvalidOperationException">a metric source with this account name is already registered.</exception>
    public static IServiceCollection AddDatadogAccount(this IServiceCollection services, string accountName, DatadogAccountOptions account,
        MetricSourceHttpOptions? http = null)
    {
        MetricSourceRegistration.RequireNewAccountName(services, accountName);
        ArgumentNullException.ThrowIfNull(account);
        var baseUrl = MetricSourceRegistration.RequireHttpUrl(account.BaseUrl, "Datadog", accountName, nameof(account.BaseUrl));
        if (string.IsNullOrWhiteSpace(account.ApiKey))
            throw new ArgumentException($"Datadog account '{accountName}': ApiKey is required", nameof(account));
        if (string.IsNullOrWhiteSpace(account.ApplicationKey))
            throw new ArgumentException($"Datadog account '{accountName}': ApplicationKey is required", nameof(account));

        services.AddAccount<IDatadogApi, DatadogMetricSource>(Type, accountName, DatadogJsonContext.Default, baseUrl, http,
            api => new DatadogMetricSource(accountName, account, api),
            client =>
            {
                client.DefaultRequestHeaders.Add("DD-API-KEY", account.ApiKey);
                client.DefaultRequestHeaders.Add("DD-APPLICATION-KEY", account.ApplicationKey);
            });
        return services;
    }
}
