namespace Judge.MetricSources.Datadog;

/// <summary>One Datadog account: the site it lives on and the keys it reads with.</summary>
public sealed class DatadogAccountOptions
{
    /// <summary>The API host of the account's Datadog site, e.g. https://api.datadoghq.eu or https://api.us3.datadoghq.com.</summary>
    public string BaseUrl { get; set; } = "https://api.datadoghq.com";

    public string ApiKey { get; set; } = "";

    public string ApplicationKey { get; set; } = "";
}
