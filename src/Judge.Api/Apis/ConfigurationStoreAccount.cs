using Judge.Api.Accounts;
using Judge.Api.Storage;

namespace Judge.Api.Apis;

/// <summary>
/// The CONFIGURATION_STORE account a /canaryConfig route uses (query configurationAccountName; without it the default
/// one), bound with [AsParameters].
/// </summary>
public readonly record struct ConfigurationStoreAccount([FromQuery] string? ConfigurationAccountName, ObjectStoreResolver Stores)
{
    /// <summary>For reads, the name of a storage-only account means the default configuration store (see ObjectStoreResolver.ResolveForConfigReads).</summary>
    public IObjectStore ForReads() => Stores.ResolveForConfigReads(ConfigurationAccountName).Store;

    public IObjectStore ForWrites() => Stores.Resolve(ConfigurationAccountName, AccountUse.ConfigurationStore).Store;
}
