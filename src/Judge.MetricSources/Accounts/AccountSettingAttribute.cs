namespace Judge.MetricSources.Accounts;

/// <summary>
/// How an options property is read as an <see cref="AccountSetting"/>. Every public settable property of an account type's
/// options class is a setting named as the property; without this attribute it is optional, neither secret nor public,
/// and its format follows its type (bool: <see cref="AccountSettingFormat.Boolean"/>, else text).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AccountSettingAttribute : Attribute
{
    public bool Required { get; set; }

    public bool Secret { get; set; }

    public bool Public { get; set; }

    /// <summary>Only needed where the property's type does not say it (an http(s) URL held as a string).</summary>
    public AccountSettingFormat Format { get; set; }
}
