using System.Text.RegularExpressions;

namespace Judge.Api.Gates;

/// <summary>
/// "${name}"-style placeholders in gate settings, filled from the caller's payload, so one webhook serves many canaries.
/// Only the variables given are known; any other placeholder is an error naming it.
/// </summary>
public static partial class ScopeTemplate
{
    /// <exception cref="FormatException">the text uses an unknown variable or an unclosed "${".</exception>
    public static string Expand(string template, IReadOnlyDictionary<string, string> variables)
    {
        if (Unclosed().IsMatch(template))
            throw new FormatException("has a '${' without a closing '}'.");
        var unknown = new List<string>();
        var expanded = Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            if (variables.TryGetValue(name, out var value)) return value;
            unknown.Add(name);
            return match.Value;
        });
        if (unknown.Count > 0)
            throw new FormatException(
                $"uses unknown variable(s) {string.Join(", ", unknown.Select(u => $"${{{u}}}"))}; known: {string.Join(", ", variables.Keys.Select(k => $"${{{k}}}"))}.");
        return expanded;
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_.]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\$\{[^}]*$")]
    private static partial Regex Unclosed();
}
