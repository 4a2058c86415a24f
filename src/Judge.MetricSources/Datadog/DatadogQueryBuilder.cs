using Judge.MetricSources.Templates;

namespace Judge.MetricSources.Datadog;

/// <summary>
/// Kayenta's Datadog query: the expanded template is the entire query; without one it is
/// <c>&lt;metricName&gt;{&lt;scope&gt;}</c>. Every scope-supplied value lands inside a Datadog tag expression, so only
/// characters that cannot close the expression or start another one are accepted.
/// </summary>
internal static class DatadogQueryBuilder
{
    public static string Build(MetricQuery query)
    {
        var config = ProviderQueryConfig.Require<DatadogQueryConfig>(query, "Datadog");

        var bindings = QueryTemplate.Bindings(query.Scope);
        var template = QueryTemplate.Select(query);
        if (template is not null)
        {
            var field = TemplateField.Of(config);
            return QueryTemplate.Expand(template, bindings, (value, _) => TagExpressionValue(value, bindings, query.MetricName, field), query.MetricName);
        }

        if (string.IsNullOrWhiteSpace(config.MetricName))
            throw new MetricQueryException(query.MetricName, "metricName", "metricName is required when no custom template is set");
        // Kayenta sends "metric{}" for an empty scope, which Datadog rejects; "*" is Datadog's "every tag".
        var scope = string.IsNullOrEmpty(query.Scope.Scope)
            ? "*"
            : TagExpressionValue(query.Scope.Scope, new Dictionary<string, string> { ["scope"] = query.Scope.Scope }, query.MetricName, "scope");
        return $"{config.MetricName}{{{scope}}}";
    }

    // Letters, digits and "_ - . : / ," (tags and their separators), "!" (negation) and "*" (wildcard).
    private static bool IsTagExpressionCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':' or '/' or ',' or '!' or '*';

    private static string TagExpressionValue(string value, IReadOnlyDictionary<string, string> bindings, string metricName, string field)
    {
        if (value.Length > 0 && value.All(IsTagExpressionCharacter))
            return value;

        var variable = BoundVariable.NamesHolding(value, bindings);
        var reason = value.Length == 0
            ? "is empty"
            : $"contains '{value.First(c => !IsTagExpressionCharacter(c))}'";
        throw new MetricQueryException(metricName, field,
            $"the value of variable '{variable}' {reason}; Datadog tag expressions accept only letters, digits and _ - . : / , ! *");
    }
}
