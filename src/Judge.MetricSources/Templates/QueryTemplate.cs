using System.Text;

namespace Judge.MetricSources.Templates;

/// <summary>
/// Kayenta's query templates: customInlineTemplate wins over customFilterTemplate (a name in the config's templates);
/// "${var}" is replaced by a binding, an undefined variable is an error. Every bound value goes through the
/// provider's escape function, so a scope cannot change the meaning of the query it lands in.
/// </summary>
public static class QueryTemplate
{
    /// <summary>The template text the query config selects, or null when it selects none.</summary>
    public static string? Select(MetricQuery query)
    {
        if (!string.IsNullOrEmpty(query.Config.CustomInlineTemplate))
            return Unescape(query.Config.CustomInlineTemplate);
        var name = query.Config.CustomFilterTemplate;
        if (string.IsNullOrEmpty(name))
            return null;
        if (!query.Templates.TryGetValue(name, out var template))
            throw new MetricQueryException(query.MetricName, "customFilterTemplate",
                $"custom filter template '{name}' is not defined in the canary config's templates");
        return Unescape(template);
    }

    /// <summary>
    /// The bindings in Kayenta's order, later ones overwriting earlier ones: the scope's own attributes
    /// (scope, location) when non-empty, then <paramref name="providerAttributes"/> when non-empty,
    /// then every extendedScopeParams entry.
    /// </summary>
    public static Dictionary<string, string> Bindings(MetricScope scope, IEnumerable<KeyValuePair<string, string?>>? providerAttributes = null)
    {
        var bindings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(scope.Scope)) bindings["scope"] = scope.Scope;
        if (!string.IsNullOrEmpty(scope.Location)) bindings["location"] = scope.Location;
        foreach (var (key, value) in providerAttributes ?? [])
            if (!string.IsNullOrEmpty(value)) bindings[key] = value;
        foreach (var (key, value) in scope.ExtendedScopeParams)
            bindings[key] = value;
        return bindings;
    }

    /// <summary>
    /// Replaces every "${var}". <paramref name="escapeValue"/> gets the value and whether the placeholder stands inside a
    /// double-quoted string literal of the template, so a provider can escape string content there and refuse, by throwing
    /// <see cref="MetricQueryException"/>, a value that would change the query's structure where it stands bare.
    /// </summary>
    public static string Expand(string template, IReadOnlyDictionary<string, string> bindings, Func<string, bool, string> escapeValue, string metricName)
    {
        var result = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            var start = template.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }
            var end = template.IndexOf('}', start + 2);
            if (end < 0)
                throw new MetricQueryException(metricName, "template", $"unterminated variable at position {start} of the template");
            result.Append(template, i, start - i);
            var name = template[(start + 2)..end];
            if (!bindings.TryGetValue(name, out var value))
                throw new MetricQueryException(metricName, "template",
                    $"variable '${{{name}}}' is not defined (defined: {string.Join(", ", bindings.Keys.Order(StringComparer.Ordinal))})");
            result.Append(escapeValue(value, IsInsideQuotes(template, start)));
            i = end + 1;
        }
        return result.ToString();
    }

    // A quote preceded by a backslash does not open or close a string literal.
    private static bool IsInsideQuotes(string template, int position)
    {
        var inside = false;
        for (var i = 0; i < position; i++)
        {
            if (template[i] == '\\') i++;
            else if (template[i] == '"') inside = !inside;
        }
        return inside;
    }

    // Kayenta stores templates with "${" escaped as "$\{" inside its pipeline context; accept both forms.
    private static string Unescape(string template) => template.Replace("$\\{", "${", StringComparison.Ordinal);
}
