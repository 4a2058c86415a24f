using System.Text.RegularExpressions;

namespace Judge.Api.Problems;

/// <summary>
/// System.Text.Json names .NET types when a value has the wrong shape ("could not be converted to
/// Judge.Api.Model.MetricSetPair"); clients know JSON, so the message names the JSON type expected instead.
/// </summary>
public static partial class JsonTypeNames
{
    private static readonly string[] Numbers = ["Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64", "Byte", "SByte", "Double", "Single", "Decimal"];
    private static readonly string[] Arrays = ["List`1", "IList`1", "IReadOnlyList`1", "IEnumerable`1", "ICollection`1", "IReadOnlyCollection`1", "HashSet`1", "ISet`1"];

    /// <summary><paramref name="message"/> with any .NET type name replaced by the JSON type it expects.</summary>
    public static string Rewrite(string message) =>
        ConvertedPattern().Replace(message, m => $"The JSON value is not {Expected(m.Groups["type"].Value)}.");

    /// <summary>"a string", "a number", "true or false", "an array", "an object" for a .NET type's full name.</summary>
    public static string Expected(string dotnetType)
    {
        var type = dotnetType.Trim();
        if (type.StartsWith("System.Nullable`1[", StringComparison.Ordinal))
            type = type["System.Nullable`1[".Length..^1].Split(',')[0].TrimStart('[');
        if (type.EndsWith("[]", StringComparison.Ordinal)) return "an array";
        var name = type.Split('[')[0];
        var simple = name[(name.LastIndexOf('.') + 1)..];
        if (simple is "String" or "Char" or "Guid" or "Uri" or "Instant" or "DateTime" or "DateTimeOffset" or "TimeSpan") return "a string";
        if (simple == "Boolean") return "true or false";
        if (Numbers.Contains(simple)) return "a number";
        if (Arrays.Contains(simple) || simple.StartsWith("ImmutableArray", StringComparison.Ordinal)) return "an array";
        return "an object";
    }

    [GeneratedRegex(@"The JSON value could not be converted to (?<type>[^\s]+(?:, [^\s]+)*?)\.?(?=\s|$)")]
    private static partial Regex ConvertedPattern();
}
