using Judge.Api.Accounts;
using Judge.Api.Storage;
using Judge.MetricSources;
using Judge.MetricSources.Accounts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Judge.Api.Hosting;

/// <summary>
/// Registers every configured account through its type's descriptor: a keyed IObjectStore per storage account and a
/// keyed IMetricSource per metric account (key = account name), plus the <see cref="AccountCatalog"/>. Options a
/// provider rejects fail the startup. An account whose source or store is already registered (a test double, say) keeps it.
/// </summary>
public static class AccountRegistration
{
    /// <summary>Runs once every descriptor is registered (see <see cref="ProviderRegistration"/>).</summary>
    public static IServiceCollection AddJudgeAccounts(this IServiceCollection services, IConfiguration judgeSection)
    {
        var types = services.RegisteredAccountTypes();
        var accounts = AccountConfigurationReader.Read(judgeSection, types);
        var http = judgeSection.GetSection("MetricSourceHttp").Get<MetricSourceHttpOptions>();
        var problems = new List<string>();
        foreach (var account in accounts)
        {
            try
            {
                Register(services, account, types.Find(account.Type)!, http);
            }
            catch (ArgumentException e)
            {
                problems.Add($"Judge:Accounts:{account.Name}: {e.Message}");
            }
        }
        if (problems.Count > 0) throw new InvalidAccountConfigurationException(problems);

        services.AddSingleton(types);
        services.AddSingleton(new MetricQueryConfigTypes(types.MetricSources));
        services.AddSingleton(new AccountCatalog(accounts));
        // TryAdd: a test host's replacement, registered before this runs, stays.
        services.TryAddSingleton<ObjectStoreResolver>();
        services.TryAddSingleton<AccountMetricSources>();
        return services;
    }

    private static void Register(IServiceCollection services, ConfiguredAccount account, AccountTypeDescriptor type, MetricSourceHttpOptions? http)
    {
        var provided = type is MetricSourceDescriptor ? typeof(IMetricSource) : typeof(IObjectStore);
        if (services.Any(d => d.IsKeyedService && d.ServiceType == provided && Equals(d.ServiceKey, account.Name)))
            return;
        var settings = new AccountSettings(account.Settings);
        switch (type)
        {
            case MetricSourceDescriptor source:
                source.Register(services, new MetricSourceAccount(account.Name, settings, http));
                break;
            case ObjectStoreDescriptor store:
                services.AddKeyedSingleton<IObjectStore>(account.Name, (sp, _) => store.Create(sp, settings));
                break;
        }
    }
}
