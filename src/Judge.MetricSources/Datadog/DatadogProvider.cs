using Judge.MetricSources.Accounts;

namespace Judge.MetricSources.Datadog;

/// <summary>The "datadog" account type.</summary>
public static class DatadogProvider
{
    public const string Type = "datadog";

    public static MetricSourceDescriptor Descriptor { get; } = new()
    {
        Type = Type,
        Settings =
        [
            new(nameof(DatadogAccountOptions.BaseUrl), @public: true, format: AccountSettingFormat.HttpUrl),
            new(nameof(DatadogAccountOptions.ApiKey), required: true, secret: true),
            new(nameof(DatadogAccountOptions.ApplicationKey), required: true, secret: true),
        ],
        QueryConfigType = typeof(DatadogQueryConfig),
        WarnsAboutFewPoints = false,
        Register = (services, account) =>
        {
            var settings = account.Settings;
            var options = new DatadogAccountOptions
            {
                ApiKey = settings[nameof(DatadogAccountOptions.ApiKey)]!,
                ApplicationKey = settings[nameof(DatadogAccountOptions.ApplicationKey)]!,
            };
            if (settings[nameof(DatadogAccountOptions.BaseUrl)] is { } baseUrl) options.BaseUrl = baseUrl;
            services.AddDatadogAccount(account.Name, options, account.Http);
        },
    };
}
