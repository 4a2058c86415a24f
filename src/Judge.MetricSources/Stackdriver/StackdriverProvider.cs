using Judge.MetricSources.Accounts;

namespace Judge.MetricSources.Stackdriver;

/// <summary>The "stackdriver" account type (Google Cloud Monitoring).</summary>
public static class StackdriverProvider
{
    public const string Type = "stackdriver";

    public static MetricSourceDescriptor Descriptor { get; } = new MetricSourceDescriptor<StackdriverAccountOptions, StackdriverQueryConfig>
    {
        AddAccount = StackdriverServiceCollectionExtensions.AddStackdriverAccount,
    };
}
