using Judge.Api.Accounts;
using Judge.Api.Storage;
using Judge.MetricSources;
using Judge.MetricSources.Datadog;
using Judge.MetricSources.Prometheus;
using Judge.MetricSources.Stackdriver;

namespace Judge.Api.Hosting;

/// <summary>
/// Registers every configured account: a keyed IObjectStore per storage account and a keyed IMetricSource per metric
/// account (key = account name), plus the <see cref="AccountCatalog"/>. Options a provider rejects fail the startup.
/// </summary>
public static class AccountRegistration
{
    public static IServiceCollection AddJudgeAccounts(this IServiceCollection services, IConfiguration judgeSection)
    {
        var accounts = AccountConfigurationReader.Read(judgeSection);
        var http = judgeSection.GetSection("MetricSourceHttp").Get<MetricSourceHttpOptions>();
        var problems = new List<string>();
        foreach (var account in accounts)
        {
            try
            {
                Register(services, account, http);
            }
            catch (ArgumentException e)
            {
                problems.Add($"Judge:Accounts:{account.Name}: {e.Message}");
            }
        }
        if (problems.Count > 0) throw new InvalidAccountConfigurationException(problems);

        services.AddSingleton(new AccountCatalog(accounts));
        services.AddSingleton<ObjectStoreResolver>();
        services.AddSingleton<AccountMetricSources>();
        return services;
    }

    private static void Register(IServiceCollection services, JudgeAccount account, MetricSourceHttpOptions? http)
    {
        var name = account.Name;
        switch (account.Type)
        {
            case AccountType.Prometheus:
                var prometheus = new PrometheusAccountOptions
                {
                    BaseUrl = account.Setting(AccountSettingKeys.BaseUrl)!,
                    Username = account.Setting(AccountSettingKeys.Username),
                    Password = account.Setting(AccountSettingKeys.Password),
                    BearerToken = account.Setting(AccountSettingKeys.BearerToken),
                };
                if (account.Setting(AccountSettingKeys.ScopeLabel) is { } scopeLabel) prometheus.ScopeLabel = scopeLabel;
                services.AddPrometheusAccount(name, prometheus, http);
                break;
            case AccountType.Datadog:
                var datadog = new DatadogAccountOptions
                {
                    ApiKey = account.Setting(AccountSettingKeys.ApiKey)!,
                    ApplicationKey = account.Setting(AccountSettingKeys.ApplicationKey)!,
                };
                if (account.Setting(AccountSettingKeys.BaseUrl) is { } datadogUrl) datadog.BaseUrl = datadogUrl;
                services.AddDatadogAccount(name, datadog, http);
                break;
            case AccountType.Stackdriver:
                var stackdriver = new StackdriverAccountOptions
                {
                    Project = account.Setting(AccountSettingKeys.Project)!,
                    CredentialsFile = account.Setting(AccountSettingKeys.CredentialsFile),
                    TokenUrl = account.Setting(AccountSettingKeys.TokenUrl),
                };
                if (account.Setting(AccountSettingKeys.BaseUrl) is { } stackdriverUrl) stackdriver.BaseUrl = stackdriverUrl;
                services.AddStackdriverAccount(name, stackdriver, http);
                break;
            case AccountType.S3:
                var s3 = new S3StoreOptions
                {
                    Bucket = account.Setting(AccountSettingKeys.Bucket)!,
                    ServiceUrl = account.Setting(AccountSettingKeys.ServiceUrl),
                    Region = account.Setting(AccountSettingKeys.Region),
                    RootFolder = account.Setting(AccountSettingKeys.RootFolder) ?? new S3StoreOptions().RootFolder,
                    ForcePathStyle = account.Setting(AccountSettingKeys.ForcePathStyle) is { } style ? bool.Parse(style) : null,
                    AccessKeyId = account.Setting(AccountSettingKeys.AccessKeyId),
                    SecretAccessKey = account.Setting(AccountSettingKeys.SecretAccessKey),
                };
                services.AddKeyedSingleton<IObjectStore>(name, (sp, _) => new S3ObjectStore(s3, sp.GetService<ILogger<S3ObjectStore>>()));
                break;
            case AccountType.Filesystem:
                var filesystem = new FilesystemStoreOptions { Path = account.Setting(AccountSettingKeys.Path)! };
                services.AddKeyedSingleton<IObjectStore>(name, (sp, _) => new FilesystemObjectStore(filesystem, sp.GetService<ILogger<FilesystemObjectStore>>()));
                break;
            case AccountType.Memory:
                services.AddKeyedSingleton<IObjectStore>(name, (sp, _) => new MemoryObjectStore(sp.GetService<TimeProvider>()));
                break;
            default:
                throw new ArgumentException($"account type '{account.Type}' is unknown.");
        }
    }
}
