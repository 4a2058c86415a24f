namespace Judge.Api.Accounts;

/// <summary>The configured accounts and Kayenta's account resolution.</summary>
public sealed class AccountCatalog(IReadOnlyList<ConfiguredAccount> accounts)
{
    public IReadOnlyList<ConfiguredAccount> All { get; } = accounts;

    /// <summary>
    /// A named account must exist and support <paramref name="use"/>; an omitted name means the first account that does.
    /// </summary>
    /// <exception cref="AccountResolutionException">no such account.</exception>
    public ConfiguredAccount Resolve(string? name, AccountUse use)
    {
        if (!string.IsNullOrWhiteSpace(name))
            return All.FirstOrDefault(a => a.Name == name && a.Supports(use))
                ?? throw new AccountResolutionException($"Unable to resolve account {name}.");
        return All.FirstOrDefault(a => a.Supports(use))
            ?? throw new AccountResolutionException($"Unable to resolve account of type {use.ToKayentaName()}.");
    }
}
