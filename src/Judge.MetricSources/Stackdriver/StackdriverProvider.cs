using Judge.MetricSources.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.MetricSources.Stackdriver;

/// <summary>The "stackdriver" account type (Google Cloud Monitoring): its descriptor and how one account is registered.</summary>
public static class StackdriverProvider
{
    public const string Type = "stackdriver";

    public static MetricSourceDescriptor Descriptor { get; } = new MetricSourceDescriptor<StackdriverAccountOptions, StackdriverQueryConfig>
    {
        AddAccount = AddStackdriverAccount,
    };

    /// <summary>Registers one Cloud Monitoring account: base URL from <paramref name="account"/>, then a bearer token per attempt.</summary>
    /// <inheritdoc cref="MetricSourceRegistration.AddAccount{TApi, TSource}"/>
    public static IServiceCollection AddStackdriverAccount(this IServiceCollection services, string accountName, StackdriverAccountOptions account,
        MetricSourceHttpOptions? http = null)
    {
        var tokens = new GoogleAccessTokens(account);
        services.AddAccount<ICloudMonitoringApi, StackdriverMetricSource>(Type, accountName, () => Validate(accountName, account),
                StackdriverJsonContext.Default, http, api => new StackdriverMetricSource(accountName, account, api))
            .AddHttpMessageHandler(() => new GoogleBearerTokenHandler(tokens));
        return services;
    }

    private static Uri Validate(string accountName, StackdriverAccountOptions account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var baseUrl = MetricSourceRegistration.RequireHttpUrl(account.BaseUrl, "Stackdriver", accountName, nameof(account.BaseUrl));
        if (!string.IsNullOrWhiteSpace(account.TokenUrl))
            MetricSourceRegistration.RequireHttpUrl(account.TokenUrl, "Stackdriver", accountName, nameof(account.TokenUrl));
        return baseUrl;
    }
}
