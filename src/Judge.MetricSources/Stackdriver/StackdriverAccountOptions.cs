using Judge.MetricSources.Accounts;

namespace Judge.MetricSources.Stackdriver;

/// <summary>One Google Cloud Monitoring (Stackdriver) account.</summary>
public sealed class StackdriverAccountOptions
{
    /// <summary>The project read when the scope names none in its extendedScopeParams "project".</summary>
    [AccountSetting(Required = true, Public = true)]
    public string Project { get; set; } = "";

    /// <summary>Path of a service-account JSON key; when empty, application-default credentials are used.</summary>
    public string? CredentialsFile { get; set; }

    [AccountSetting(Public = true, Format = AccountSettingFormat.HttpUrl)]
    public string BaseUrl { get; set; } = "https://monitoring.googleapis.com/";

    /// <summary>Replaces the key file's token_uri (the OAuth token endpoint); for tests and private endpoints.</summary>
    [AccountSetting(Format = AccountSettingFormat.HttpUrl)]
    public string? TokenUrl { get; set; }
}
