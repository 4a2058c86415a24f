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

    /// <summary>Registers one Datadog account: its client's base URL and key headers come from <paramref name="account"/> alone.</summary>
    /// <inheritdoc cref="MetricSourceRegistration.AddAccount{TApi, TSource}"/>
    public static IServiceCollection AddDatadogAccount(this IServiceCollection services, string accountName, DatadogAccountOptions account,
        MetricSourceHttpOptions? http = null)
    {
        services.AddAccount<IDatadogApi, DatadogMetricSource>(Type, accountName, () => Validate(accountName, account), DatadogJsonContext.Default,
            http, api => new DatadogMetricSource(accountName, account, api),
            client =>
            {
                client.DefaultRequestHeaders.Add("DD-API-KEY", account.ApiKey);
                client.DefaultRequestHeaders.Add("DD-APPLICATION-KEY", account.ApplicationKey);
            });
        return services;
    }

    private static Uri Validate(string accountName, DatadogAccountOptions account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var baseUrl = MetricSourceRegistration.RequireHttpUrl(account.BaseUrl, "Datadog", accountName, nameof(account.BaseUrl));
        if (string.IsNullOrWhiteSpace(account.ApiKey))
            throw new ArgumentException($"Datadog account '{accountName}': ApiKey is required", nameof(account));
        if (string.IsNullOrWhiteSpace(account.ApplicationKey))
            throw new ArgumentException($"Datadog account '{accountName}': ApplicationKey is required", nameof(account));
        return baseUrl;
    }
}
