namespace Judge.Api.Accounts;

/// <summary>One configured account (Judge:Accounts:&lt;name&gt;): its type, what it may be used for and its settings.</summary>
/// <param name="Settings">Every setting as configured, secrets included, keyed case-insensitively (e.g. "BaseUrl").</param>
public sealed record ConfiguredAccount(
    string Name,
    string Type,
    IReadOnlyList<AccountUse> SupportedTypes,
    IReadOnlyDictionary<string, string> Settings)
{
    public bool Supports(AccountUse use) => SupportedTypes.Contains(use);

    public string? Setting(string key) => Settings.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
