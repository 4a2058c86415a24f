using Judge.MetricSources.Accounts;

namespace Judge.MetricSources.Stackdriver;

/// <summary>The "stackdriver" account type (Google Cloud Monitoring).</summary>
public static class StackdriverProvider
{
    public const string Type = "stackdriver";

    public static MetricSourceDescriptor Descriptor { get; } = new()
    {
        Type = Type,
        Settings =
        [
            new(nameof(StackdriverAccountOptions.Project), required: true, @public: true),
            new(nameof(StackdriverAccountOptions.CredentialsFile)),
            new(nameof(StackdriverAccountOptions.BaseUrl), @public: true, format: AccountSettingFormat.HttpUrl),
            new(nameof(StackdriverAccountOptions.TokenUrl), format: AccountSettingFormat.HttpUrl),
        ],
        QueryConfigType = typeof(StackdriverQueryConfig),
        Register = (services, account) =>
        {
            var settings = account.Settings;
            var options = new StackdriverAccountOptions
            {
                Project = settings[nameof(StackdriverAccountOptions.Project)]!,
                CredentialsFile = settings[nameof(StackdriverAccountOptions.CredentialsFile)],
                TokenUrl = settings[nameof(StackdriverAccountOptions.TokenUrl)],
            };
            if (settings[nameof(StackdriverAccountOptions.BaseUrl)] is { } baseUrl) options.BaseUrl = baseUrl;
            services.AddStackdriverAccount(account.Name, options, account.Http);
        },
    };
}
