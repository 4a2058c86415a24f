using Judge.MetricSources.Accounts;

namespace Judge.MetricSources.Datadog;

/// <summary>One Datadog account: the site it lives on and the keys it reads with.</summary>
public sealed class DatadogAccountOptions
{
    /// <summary>The API host of the account's Datadog site, e.g. https://api.datadoghq.eu or https://api.us3.datadoghq.com.</summary>
    [AccountSetting(Public = true, Format = AccountSettingFormat.HttpUrl)]
    public string BaseUrl { get; set; } = "https://api.datadoghq.com";

    [AccountSetting(Required = true, Secret = true)]
    public string ApiKey { get; set; } = "";

    [AccountSetting(Required = true, Secret = true)]
    public string ApplicationKey { get; set; } = "";
}
