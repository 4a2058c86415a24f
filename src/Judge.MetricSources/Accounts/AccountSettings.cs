using Microsoft.Extensions.Configuration;

namespace Judge.MetricSources.Accounts;

/// <summary>An account's settings as read (keyed case-insensitively, secrets included): what a descriptor binds its options from.</summary>
public sealed class AccountSettings(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    /// <summary>
    /// New options with every given setting bound onto the property of its name by the configuration binder; an absent or
    /// empty setting leaves the property's default.
    /// </summary>
    public TOptions Bind<TOptions>() where TOptions : class, new()
    {
        var given = Values.Where(v => v.Value.Length > 0).Select(v => KeyValuePair.Create(v.Key, (string?)v.Value));
        var options = new TOptions();
        new ConfigurationBuilder().AddInMemoryCollection(given).Build().Bind(options);
        return options;
    }
}
