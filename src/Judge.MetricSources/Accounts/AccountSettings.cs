namespace Judge.MetricSources.Accounts;

/// <summary>An account's settings as read (keyed case-insensitively, secrets included): what a descriptor builds its client or store from.</summary>
public sealed class AccountSettings(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    /// <summary>The setting's value, or null when it is absent or empty.</summary>
    public string? this[string key] => Values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
