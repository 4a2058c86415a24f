using System.Text.RegularExpressions;
using Judge.Api.Hosting;
using Judge.Api.Storage;
using Judge.MetricSources.Accounts;

namespace Judge.Api.Accounts;

/// <summary>
/// Reads Judge:Accounts into accounts, reporting every problem at once. IConfiguration lists the account names in key
/// order, so "the first account of a type" is the first by name. With no storage account, an embedded filesystem account
/// named <see cref="DefaultStoreName"/> at Judge:DataPath (default ./data) is added.
/// </summary>
public static partial class AccountConfigurationReader
{
    public const string DefaultStoreName = "local";
    public const string DefaultDataPath = "./data";

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_.-]*\z")]
    private static partial Regex NamePattern();

    public const string TypeKey = "Type";
    public const string SupportedTypesKey = "SupportedTypes";

    /// <param name="types">The registered account types; the built-in ones when not given.</param>
    public static IReadOnlyList<ConfiguredAccount> Read(IConfiguration judgeSection, AccountTypes? types = null)
    {
        types ??= BuiltInProviders.AccountTypes;
        var problems = new List<string>();
        var accounts = new List<ConfiguredAccount>();
        foreach (var section in judgeSection.GetSection("Accounts").GetChildren())
        {
            var account = ReadAccount(section, types, problems);
            if (account is not null) accounts.Add(account);
        }

        if (!accounts.Any(a => a.Supports(AccountUse.ObjectStore) || a.Supports(AccountUse.ConfigurationStore)))
        {
            if (accounts.Any(a => string.Equals(a.Name, DefaultStoreName, StringComparison.OrdinalIgnoreCase)))
                problems.Add($"Judge:Accounts:{DefaultStoreName} is not a storage account, but no storage account is configured and the embedded one is named '{DefaultStoreName}'; configure a storage account.");
            else
                accounts.Add(new ConfiguredAccount(DefaultStoreName, FilesystemStoreProvider.Type,
                    AccountTypes.DefaultUses(FilesystemStoreProvider.Descriptor),
                    FilesystemStoreProvider.SettingsAt(judgeSection["DataPath"] is { Length: > 0 } path ? path : DefaultDataPath)));
        }

        if (problems.Count > 0) throw new InvalidAccountConfigurationException(problems);
        return accounts;
    }

    private static ConfiguredAccount? ReadAccount(IConfigurationSection section, AccountTypes types, List<string> problems)
    {
        var prefix = $"Judge:Accounts:{section.Key}";
        var before = problems.Count;
        if (!NamePattern().IsMatch(section.Key))
            problems.Add($"{prefix}: account names may hold only letters, digits, '_', '-' and '.'.");

        var type = section[TypeKey]?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(type))
        {
            problems.Add($"{prefix}:Type is required (one of {string.Join(", ", types.Names)}).");
            return null;
        }
        if (types.Find(type) is not { } descriptor)
        {
            problems.Add($"{prefix}:Type '{type}' is unknown (one of {string.Join(", ", types.Names)}).");
            return null;
        }

        var allowed = descriptor.Settings;
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
        {
            if (child.Key.Equals(TypeKey, StringComparison.OrdinalIgnoreCase)
                || child.Key.Equals(SupportedTypesKey, StringComparison.OrdinalIgnoreCase))
                continue;
            var setting = allowed.FirstOrDefault(s => s.Key.Equals(child.Key, StringComparison.OrdinalIgnoreCase));
            if (setting is null)
            {
                problems.Add($"{prefix}:{child.Key} is not a setting of a {type} account (settings: {(allowed.Count == 0 ? "none" : string.Join(", ", allowed.Select(s => s.Key)))}).");
                continue;
            }
            if (child.Value is { } value) settings[setting.Key] = value.Trim();
        }

        foreach (var setting in allowed)
        {
            var value = settings.GetValueOrDefault(setting.Key) ?? "";
            if (setting.Required && value.Length == 0)
                problems.Add($"{prefix}:{setting.Key} is required for a {type} account.");
            else if (value.Length > 0 && FormatProblem(setting, value) is { } problem)
                problems.Add($"{prefix}:{setting.Key} {problem}");
        }

        foreach (var pair in descriptor.GivenTogether)
            if (pair.IsHalfGiven(key => HasValue(settings, key)))
                problems.Add($"{prefix}: {pair.Problem}");

        var uses = ReadUses(section.GetSection(SupportedTypesKey), descriptor, prefix, problems);
        return problems.Count > before ? null : new ConfiguredAccount(section.Key, type, uses, settings);
    }

    private static string? FormatProblem(AccountSetting setting, string value) => setting.Format switch
    {
        AccountSettingFormat.HttpUrl when !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") =>
            "must be an absolute http(s) URL.",
        // Neither would reach the provider (the clients drop them): credentials go in their own settings.
        AccountSettingFormat.HttpUrl when new Uri(value) is var uri && (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0) =>
            "must not carry a user:password part, a query string or a fragment; " +
            "give credentials in the account's own settings (Username/Password, BearerToken, ApiKey).",
        AccountSettingFormat.Boolean when !bool.TryParse(value, out _) => "must be true or false.",
        _ => null,
    };

    // Accepts a list (SupportedTypes:0=…) or one comma-separated value.
    private static IReadOnlyList<AccountUse> ReadUses(IConfigurationSection section, AccountTypeDescriptor type, string prefix, List<string> problems)
    {
        var texts = section.Value is { } single
            ? single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value ?? "").ToArray();
        var defaults = AccountTypes.DefaultUses(type);
        if (texts.Length == 0) return defaults;

        var uses = new List<AccountUse>();
        foreach (var text in texts)
        {
            if (!AccountUseNames.TryParse(text, out var use))
            {
                problems.Add($"{prefix}:SupportedTypes '{text}' is unknown (METRICS_STORE, OBJECT_STORE, CONFIGURATION_STORE).");
                continue;
            }
            if (!defaults.Contains(use))
            {
                problems.Add($"{prefix}:SupportedTypes: a {type.Type} account cannot be a {use.ToKayentaName()}.");
                continue;
            }
            if (!uses.Contains(use)) uses.Add(use);
        }
        return uses;
    }

    private static bool HasValue(Dictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var value) && value.Length > 0;
}
