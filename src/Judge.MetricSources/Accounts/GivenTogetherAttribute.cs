namespace Judge.MetricSources.Accounts;

/// <summary>Two settings of an options class that must be given together or not at all (Username and Password, say).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class GivenTogetherAttribute(string first, string second) : Attribute
{
    public AccountSettingPair Pair { get; } = new(first, second);
}
