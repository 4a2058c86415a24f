using System.Reflection;

namespace Judge.MetricSources.Accounts;

/// <summary>
/// An account type's options class read as its settings: each public settable property, in declaration order, is one
/// (see <see cref="AccountSettingAttribute"/>), and <see cref="GivenTogetherAttribute"/> pairs them. The same properties
/// are what <see cref="AccountSettings.Bind{TOptions}"/> fills.
/// </summary>
internal static class AccountOptions
{
    public static IReadOnlyList<AccountSetting> SettingsOf(Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken)
            .Select(Setting)
            .ToList();

    public static IReadOnlyList<AccountSettingPair> PairsOf(Type options) =>
        options.GetCustomAttributes<GivenTogetherAttribute>().Select(a => a.Pair).ToList();

    private static AccountSetting Setting(PropertyInfo property)
    {
        var declared = property.GetCustomAttribute<AccountSettingAttribute>() ?? new AccountSettingAttribute();
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var format = declared.Format == AccountSettingFormat.Text && type == typeof(bool) ? AccountSettingFormat.Boolean : declared.Format;
        return new AccountSetting(property.Name, declared.Required, declared.Secret, declared.Public, format);
    }
}
