using Judge.Api.Storage;
using Judge.MetricSources.Accounts;

namespace Judge.Api.Accounts;

/// <summary>
/// The account types of the registered descriptors: metric sources, then storage backends, each in registration order
/// (the order messages list them in).
/// </summary>
public sealed class AccountTypes
{
    public AccountTypes(IEnumerable<MetricSourceDescriptor> metricSources, IEnumerable<ObjectStoreDescriptor> objectStores)
    {
        MetricSources = metricSources.ToList();
        ObjectStores = objectStores.ToList();
        All = [.. MetricSources, .. ObjectStores];
        if (All.GroupBy(t => t.Type, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"The account type '{twice.Key}' is registered more than once.");
        if (All.FirstOrDefault(t => t.Type != t.Type.ToLowerInvariant()) is { } mixed)
            throw new InvalidOperationException($"The account type '{mixed.Type}' must be lower case (Judge reads types lower-cased).");
    }

    public IReadOnlyList<MetricSourceDescriptor> MetricSources { get; }

    public IReadOnlyList<ObjectStoreDescriptor> ObjectStores { get; }

    public IReadOnlyList<AccountTypeDescriptor> All { get; }

    public IEnumerable<string> Names => All.Select(t => t.Type);

    public AccountTypeDescriptor? Find(string type) => All.FirstOrDefault(t => t.Type == type);

    /// <summary>What an account of the type is used for unless its SupportedTypes narrow it.</summary>
    public static IReadOnlyList<AccountUse> DefaultUses(AccountTypeDescriptor type) => type is MetricSourceDescriptor
        ? [AccountUse.MetricsStore]
        : [AccountUse.ObjectStore, AccountUse.ConfigurationStore];
}
