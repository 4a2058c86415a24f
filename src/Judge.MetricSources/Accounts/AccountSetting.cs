namespace Judge.MetricSources.Accounts;

/// <summary>How a setting's text is checked when the account is read.</summary>
public enum AccountSettingFormat
{
    Text,

    /// <summary>An absolute http(s) URL without a user:password part, query string or fragment.</summary>
    HttpUrl,

    /// <summary>true or false.</summary>
    Boolean,
}

/// <summary>
/// One setting an account type accepts (Judge:Accounts:&lt;name&gt;:&lt;Key&gt;). <see cref="Public"/> settings may be shown
/// (GET /credentials); <see cref="Secret"/> ones never leave the process, and a setting cannot be both.
/// </summary>
public sealed record AccountSetting
{
    public AccountSetting(string key, bool required = false, bool secret = false, bool @public = false,
        AccountSettingFormat format = AccountSettingFormat.Text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (secret && @public) throw new ArgumentException($"Setting '{key}' cannot be both secret and public.", nameof(@public));
        Key = key;
        Required = required;
        Secret = secret;
        Public = @public;
        Format = format;
    }

    public string Key { get; }

    public bool Required { get; }

    public bool Secret { get; }

    public bool Public { get; }

    public AccountSettingFormat Format { get; }
}

/// <summary>Two settings that must be given together or not at all (Username and Password, say).</summary>
public sealed record AccountSettingPair(string First, string Second)
{
    /// <summary>Exactly one of the two has a value, as <paramref name="hasValue"/> reads a setting by its key.</summary>
    public bool IsHalfGiven(Func<string, bool> hasValue) => hasValue(First) != hasValue(Second);

    public string Problem => $"{First} and {Second} must be given together.";
}
