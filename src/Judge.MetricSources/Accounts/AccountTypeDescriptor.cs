namespace Judge.MetricSources.Accounts;

/// <summary>
/// What the host needs to read, validate and describe the accounts of one type: the type name (Judge:Accounts:&lt;name&gt;:Type,
/// spelled as Kayenta does) and the settings it accepts, which are those of its options class (see <see cref="AccountSettingAttribute"/>).
/// </summary>
public abstract class AccountTypeDescriptor
{
    protected AccountTypeDescriptor(string type, Type optionsType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        Type = type;
        Settings = AccountOptions.SettingsOf(optionsType);
        GivenTogether = AccountOptions.PairsOf(optionsType);
    }

    public string Type { get; }

    public IReadOnlyList<AccountSetting> Settings { get; }

    public IReadOnlyList<AccountSettingPair> GivenTogether { get; }
}
