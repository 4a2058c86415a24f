namespace Judge.MetricSources.Accounts;

/// <summary>
/// What the host needs to read, validate and describe the accounts of one type: the type name (Judge:Accounts:&lt;name&gt;:Type,
/// spelled as Kayenta does) and the settings it accepts.
/// </summary>
public abstract class AccountTypeDescriptor
{
    public required string Type { get; init; }

    public required IReadOnlyList<AccountSetting> Settings { get; init; }

    public IReadOnlyList<AccountSettingPair> GivenTogether { get; init; } = [];
}
