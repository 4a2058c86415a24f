namespace Judge.Api.Accounts;

/// <summary>The account types Judge:Accounts:&lt;name&gt;:Type accepts.</summary>
public static class AccountType
{
    public const string Prometheus = "prometheus";
    public const string Datadog = "datadog";
    public const string Stackdriver = "stackdriver";
    public const string S3 = "s3";
    public const string Filesystem = "filesystem";
    public const string Memory = "memory";

    public static readonly IReadOnlyList<string> All = [Prometheus, Datadog, Stackdriver, S3, Filesystem, Memory];

    public static bool IsMetricProvider(string type) => type is Prometheus or Datadog or Stackdriver;

    public static IReadOnlyList<AccountUse> DefaultUses(string type) => IsMetricProvider(type)
        ? [AccountUse.MetricsStore]
        : [AccountUse.ObjectStore, AccountUse.ConfigurationStore];
}
