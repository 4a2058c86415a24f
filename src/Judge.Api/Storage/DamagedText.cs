using System.Text;
using System.Text.RegularExpressions;

namespace Judge.Api.Storage;

/// <summary>What can still be read from the text of a damaged (truncated) document.</summary>
public static partial class DamagedText
{
    /// <summary>True when the text still shows <c>"complete": true</c>: the document's run had finished.</summary>
    public static bool SaysComplete(byte[] json) => CompletePattern().IsMatch(Encoding.UTF8.GetString(json));

    /// <summary>The first string value of <paramref name="property"/> (at most 256 characters, no escapes), or null.</summary>
    public static string? Salvage(byte[] json, string property)
    {
        var match = Regex.Match(Encoding.UTF8.GetString(json), $"\"{Regex.Escape(property)}\"\\s*:\\s*\"(?<value>[^\"\\\\]{{1,256}})\"");
        return match.Success ? match.Groups["value"].Value : null;
    }

    [GeneratedRegex("\"complete\"\\s*:\\s*true")]
    private static partial Regex CompletePattern();
}
