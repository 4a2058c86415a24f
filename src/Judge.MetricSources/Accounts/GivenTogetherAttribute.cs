using System.Reflection;

namespace Judge.MetricSources.Accounts;

/// <summary>Two settings of an options class that must be given together or not at all (Username and Password, say).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class GivenTogetherAttribute(string first, string second) : Attribute
{
    public AccountSettingPair Pair { get; } = new(first, second);

    /// <summary>
    /// The first pair declared on <paramref name="options"/>'s class of which one setting has a value and the other not,
    /// or null. An empty string has no value, as when settings are bound.
    /// </summary>
    public static AccountSettingPair? HalfGivenPairOf(object options) =>
        AccountOptions.PairsOf(options.GetType()).FirstOrDefault(pair => pair.IsHalfGiven(key => HasValue(options, key)));

    private static bool HasValue(object options, string key) =>
        options.GetType().GetProperty(key, BindingFlags.Public | BindingFlags.Instance)?.GetValue(options) switch
        {
            null => false,
            string text => text.Length > 0,
            _ => true,
        };
}
