using Judge.MetricSources.Accounts;

namespace Judge.MetricSources.Datadog;

/// <summary>The "datadog" account type.</summary>
public static class DatadogProvider
{
    public const string Type = "datadog";

    public static MetricSourceDescriptor Descriptor { get; } = new MetricSourceDescriptor<DatadogAccountOptions, DatadogQueryConfig>
    {
        AddAccount = DatadogServiceCollectionExtensions.AddDatadogAccount,
        WarnsAboutFewPoints = false,
    };
}
