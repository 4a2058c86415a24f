using Judge.Api.Accounts;
using Judge.Api.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Judge.Api.Health;

/// <summary>Every storage account answers a read (of an id that is never written) within the check's timeout.</summary>
public sealed class StorageHealthCheck(AccountCatalog accounts, IServiceProvider services) : IHealthCheck
{
    private const string ProbeId = "judge-readiness-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var details = new Dictionary<string, object>();
        var down = new List<string>();
        foreach (var account in accounts.All.Where(a => a.Supports(AccountUse.ObjectStore) || a.Supports(AccountUse.ConfigurationStore)))
        {
            try
            {
                await services.GetRequiredKeyedService<IObjectStore>(account.Name).ReadAsync(ObjectType.CanaryConfig, ProbeId, cancellationToken);
                details[account.Name] = "UP";
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                details[account.Name] = "DOWN";
                down.Add(account.Name);
            }
        }
        return down.Count == 0
            ? HealthCheckResult.Healthy("Every storage account is reachable.", details)
            : HealthCheckResult.Unhealthy($"Storage accounts not reachable: {string.Join(", ", down)}.", data: details);
    }
}
