using Judge.MetricSources.Accounts;

namespace Judge.MetricSources.Prometheus;

/// <summary>The "prometheus" account type.</summary>
public static class PrometheusProvider
{
    public const string Type = "prometheus";

    public static MetricSourceDescriptor Descriptor { get; } = new()
    {
        Type = Type,
        Settings =
        [
            new(nameof(PrometheusAccountOptions.BaseUrl), required: true, @public: true, format: AccountSettingFormat.HttpUrl),
            new(nameof(PrometheusAccountOptions.Username)),
            new(nameof(PrometheusAccountOptions.Password), secret: true),
            new(nameof(PrometheusAccountOptions.BearerToken), secret: true),
            new(nameof(PrometheusAccountOptions.ScopeLabel), @public: true),
        ],
        GivenTogether = [new(nameof(PrometheusAccountOptions.Username), nameof(PrometheusAccountOptions.Password))],
        QueryConfigType = typeof(PrometheusQueryConfig),
        Register = (services, account) =>
        {
            var settings = account.Settings;
            var options = new PrometheusAccountOptions
            {
                BaseUrl = settings[nameof(PrometheusAccountOptions.BaseUrl)]!,
                Username = settings[nameof(PrometheusAccountOptions.Username)],
                Password = settings[nameof(PrometheusAccountOptions.Password)],
                BearerToken = settings[nameof(PrometheusAccountOptions.BearerToken)],
            };
            if (settings[nameof(PrometheusAccountOptions.ScopeLabel)] is { } scopeLabel) options.ScopeLabel = scopeLabel;
            services.AddPrometheusAccount(account.Name, options, account.Http);
        },
    };
}
