using System.Text.RegularExpressions;

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

    public static IReadOnlyList<JudgeAccount> Read(IConfiguration judgeSection)
    {
        var problems = new List<string>();
        var accounts = new List<JudgeAccount>();
        foreach (var section in judgeSection.GetSection("Accounts").GetChildren())
        {
            var account = ReadAccount(section, problems);
            if (account is not null) accounts.Add(account);
        }

        if (!accounts.Any(a => a.Supports(AccountUse.ObjectStore) || a.Supports(AccountUse.ConfigurationStore)))
        {
            if (accounts.Any(a => string.Equals(a.Name, DefaultStoreName, StringComparison.OrdinalIgnoreCase)))
                problems.Add($"Judge:Accounts:{DefaultStoreName} is not a storage account, but no storage account is configured and the embedded one is named '{DefaultStoreName}'; configure a storage account.");
            else
                accounts.Add(new JudgeAccount(DefaultStoreName, AccountType.Filesystem, AccountType.DefaultUses(AccountType.Filesystem),
                    new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                    {
                        [AccountSettingKeys.Path] = judgeSection["DataPath"] is { Length: > 0 } path ? path : DefaultDataPath,
                    }));
        }

        if (problems.Count > 0) throw new InvalidAccountConfigurationException(problems);
        return accounts;
    }

    private static JudgeAccount? ReadAccount(IConfigurationSection section, List<string> problems)
    {
        var prefix = $"Judge:Accounts:{section.Key}";
        var before = problems.Count;
        if (!NamePattern().IsMatch(section.Key))
            problems.Add($"{prefix}: account names may hold only letters, digits, '_', '-' and '.'.");

        var type = section[AccountSettingKeys.Type]?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(type))
        {
            problems.Add($"{prefix}:Type is required (one of {string.Join(", ", AccountType.All)}).");
            return null;
        }
        if (!AccountType.All.Contains(type))
        {
            problems.Add($"{prefix}:Type '{type}' is unknown (one of {string.Join(", ", AccountType.All)}).");
            return null;
        }

        var allowed = AccountSettingKeys.Allowed(type);
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
        {
            if (child.Key.Equals(AccountSettingKeys.Type, StringComparison.OrdinalIgnoreCase)
                || child.Key.Equals(AccountSettingKeys.SupportedTypes, StringComparison.OrdinalIgnoreCase))
                continue;
            var key = allowed.FirstOrDefault(k => k.Equals(child.Key, StringComparison.OrdinalIgnoreCase));
            if (key is null)
            {
                problems.Add($"{prefix}:{child.Key} is not a setting of a {type} account (settings: {(allowed.Count == 0 ? "none" : string.Join(", ", allowed))}).");
                continue;
            }
            if (child.Value is { } value) settings[key] = value.Trim();
        }

        foreach (var required in AccountSettingKeys.Required(type))
            if (!settings.TryGetValue(required, out var value) || value.Length == 0)
                problems.Add($"{prefix}:{required} is required for a {type} account.");

        foreach (var urlKey in AccountSettingKeys.Urls)
        {
            if (!settings.TryGetValue(urlKey, out var url) || url.Length == 0) continue;
            if (!(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                problems.Add($"{prefix}:{urlKey} must be an absolute http(s) URL.");
            // Neither would reach the provider (the clients drop them): credentials go in their own settings.
            else if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
                problems.Add($"{prefix}:{urlKey} must not carry a user:password part, a query string or a fragment; " +
                             "give credentials in the account's own settings (Username/Password, BearerToken, ApiKey).");
        }

        if (settings.TryGetValue(AccountSettingKeys.ForcePathStyle, out var forcePathStyle) && forcePathStyle.Length > 0
            && !bool.TryParse(forcePathStyle, out _))
            problems.Add($"{prefix}:{AccountSettingKeys.ForcePathStyle} must be true or false.");

        if (type == AccountType.S3 && HasValue(settings, AccountSettingKeys.AccessKeyId) != HasValue(settings, AccountSettingKeys.SecretAccessKey))
            problems.Add($"{prefix}: AccessKeyId and SecretAccessKey must be given together.");

        if (type == AccountType.Prometheus && HasValue(settings, AccountSettingKeys.Username) != HasValue(settings, AccountSettingKeys.Password))
            problems.Add($"{prefix}: Username and Password must be given together.");

        var uses = ReadUses(section.GetSection(AccountSettingKeys.SupportedTypes), type, prefix, problems);
        return problems.Count > before ? null : new JudgeAccount(section.Key, type, uses, settings);
    }

    // Accepts a list (SupportedTypes:0=…) or one comma-separated value.
    private static IReadOnlyList<AccountUse> ReadUses(IConfigurationSection section, string type, string prefix, List<string> problems)
    {
        var texts = section.Value is { } single
            ? single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value ?? "").ToArray();
        if (texts.Length == 0) return AccountType.DefaultUses(type);

        var uses = new List<AccountUse>();
        foreach (var text in texts)
        {
            if (!AccountUseNames.TryParse(text, out var use))
            {
                problems.Add($"{prefix}:SupportedTypes '{text}' is unknown (METRICS_STORE, OBJECT_STORE, CONFIGURATION_STORE).");
                continue;
            }
            if (!AccountType.DefaultUses(type).Contains(use))
            {
                problems.Add($"{prefix}:SupportedTypes: a {type} account cannot be a {use.ToKayentaName()}.");
                continue;
            }
            if (!uses.Contains(use)) uses.Add(use);
        }
        return uses;
    }

    private static bool HasValue(Dictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var value) && value.Length > 0;
}
