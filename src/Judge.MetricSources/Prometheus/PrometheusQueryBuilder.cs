using Judge.MetricSources.Templates;

namespace Judge.MetricSources.Prometheus;

/// <summary>
/// Kayenta's Prometheus query rules (PrometheusMetricsService#buildQuery): a template starting with "PromQL:" is the
/// whole query; otherwise <c>avg(metricName{filters}) by (groupByFields)</c>, the filters coming from the expanded
/// template (split on ',') or the resourceType rule, followed by labelBindings. Unlike Kayenta, every value taken from
/// the scope is escaped for the place it lands in, so a scope can select data but never change the query's shape.
/// </summary>
public static class PrometheusQueryBuilder
{
    public const string PromQlPrefix = "PromQL:";
    public const string DefaultScopeLabel = "instance";

    /// <exception cref="MetricQueryException">the query config cannot be turned into a query; Field names the culprit.</exception>
    public static string Build(MetricQuery query, string scopeLabel = DefaultScopeLabel)
    {
        var config = ProviderQueryConfig.Require<PrometheusQueryConfig>(query, "Prometheus");

        var template = QueryTemplate.Select(query);
        // The mode is decided by the template as written, so no bound value can switch a filter into a whole query.
        if (template is not null && template.StartsWith(PromQlPrefix, StringComparison.Ordinal))
            return Expand(template[PromQlPrefix.Length..], query, config);

        if (string.IsNullOrWhiteSpace(config.MetricName))
            throw new MetricQueryException(query.MetricName, "metricName", "metricName is required unless the template is a complete 'PromQL:' query");

        var customFilter = template is null ? "" : Expand(template, query, config);
        var filters = customFilter.Length > 0
            ? SplitLikeJava(customFilter).Concat(config.LabelBindings ?? []).ToList()
            : ResourceTypeFilters(query, config, scopeLabel);

        var text = filters.Count > 0
            ? $"avg({config.MetricName}{{{string.Join(',', filters)}}})"
            : $"avg({config.MetricName})";
        if (config.GroupByFields is { Count: > 0 } groupBy)
            text += $" by ({string.Join(',', groupBy)})";
        return text;
    }

    private static string Expand(string template, MetricQuery query, PrometheusQueryConfig config)
    {
        var scopeParams = query.Scope.ExtendedScopeParams;
        // Kayenta's order: the scope's project and resourceType, then the query config's resourceType, then extendedScopeParams.
        var bindings = QueryTemplate.Bindings(query.Scope,
        [
            new("project", scopeParams.GetValueOrDefault("project")),
            new("resourceType", scopeParams.GetValueOrDefault("resourceType")),
            new("resourceType", config.ResourceType),
        ]);
        var templateField = TemplateField.Of(config);
        var placeholders = PromQlPlaceholder.Scan(template);
        var next = 0;
        return QueryTemplate.Expand(template, bindings, (value, _) =>
        {
            // Expand visits placeholders in the same order Scan found them.
            var placeholder = placeholders[next++];
            return EscapeFor(placeholder, value, query.MetricName, templateField);
        }, query.MetricName);
    }

    private static string EscapeFor(PromQlPlaceholder placeholder, string value, string metricName, string templateField)
    {
        if (placeholder.Quote is not { } quote)
        {
            if (PromQlLiteral.IsBareToken(value)) return value;
            throw new MetricQueryException(metricName, templateField,
                $"the value of '${{{placeholder.Name}}}' stands outside quotes in the template and is not a plain token " +
                "(letters, digits, '_', '.', ':', '/', '-'); put the variable inside a quoted label value");
        }
        var content = placeholder.InRegex ? PromQlLiteral.EscapeRegex(value) : value;
        if (quote != '`') return PromQlLiteral.EscapeString(content, quote);
        if (content.Contains('`'))
            throw new MetricQueryException(metricName, templateField,
                $"the value of '${{{placeholder.Name}}}' contains '`', which a raw string cannot hold");
        return content;
    }

    // java.lang.String#split(","): empty parts are kept except trailing ones.
    private static IEnumerable<string> SplitLikeJava(string text)
    {
        var parts = text.Split(',');
        var count = parts.Length;
        while (count > 0 && parts[count - 1].Length == 0) count--;
        return parts.Take(count);
    }

    private static List<string> ResourceTypeFilters(MetricQuery query, PrometheusQueryConfig config, string scopeLabel)
    {
        var scope = query.Scope;
        var scopeParams = scope.ExtendedScopeParams;
        var resourceType = !string.IsNullOrWhiteSpace(config.ResourceType) ? config.ResourceType : scopeParams.GetValueOrDefault("resourceType");
        var filters = new List<string>(config.LabelBindings ?? []);
        switch (resourceType)
        {
            case "gce_instance":
            {
                var location = RequireLocation(query, resourceType);
                if (!string.IsNullOrEmpty(scope.Scope))
                    filters.Add($"{scopeLabel}=~{PromQlLiteral.Quote(PromQlLiteral.EscapeRegex(scope.Scope) + "-.{4}")}");
                var project = scopeParams.GetValueOrDefault("project");
                var projectPart = string.IsNullOrEmpty(project) ? "" : $"projects/{PromQlLiteral.EscapeRegex(project)}/";
                filters.Add($"zone=~{PromQlLiteral.Quote($".+/{projectPart}zones/{PromQlLiteral.EscapeRegex(location)}-.{{1}}")}");
                break;
            }
            case "aws_ec2_instance":
            {
                var location = RequireLocation(query, resourceType);
                if (!string.IsNullOrEmpty(scope.Scope))
                    filters.Add($"asg_groupName={PromQlLiteral.Quote(scope.Scope)}");
                filters.Add($"zone=~{PromQlLiteral.Quote(PromQlLiteral.EscapeRegex(location) + ".{1}")}");
                break;
            }
            case null or "":
                throw new MetricQueryException(query.MetricName, "resourceType",
                    "either a resourceType (gce_instance, aws_ec2_instance) or a custom filter template is required");
            default:
                throw new MetricQueryException(query.MetricName, "resourceType",
                    $"there is no built-in support for resourceType '{resourceType}'; build the filter with labelBindings and a custom filter template");
        }
        return filters;
    }

    private static string RequireLocation(MetricQuery query, string resourceType) =>
        string.IsNullOrEmpty(query.Scope.Location)
            ? throw new MetricQueryException(query.MetricName, "location", $"location (the region) is required when resourceType is '{resourceType}'")
            : query.Scope.Location;
}
