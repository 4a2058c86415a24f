using System.Text;
using Judge.MetricSources.Templates;

namespace Judge.MetricSources.Stackdriver;

/// <summary>
/// Kayenta's Stackdriver filter (metric type, resource type, then a template or the resource type's built-in scoping),
/// with every value written as an escaped string literal, and the rest of the timeSeries.list request.
/// </summary>
internal static class StackdriverQueryBuilder
{
    private const string DefaultPerSeriesAligner = "ALIGN_MEAN";
    private const string DefaultCrossSeriesReducer = "REDUCE_MEAN";

    private static readonly string[] KubernetesResourceLabels = ["location", "node_name", "cluster_name", "pod_name", "container_name", "namespace_name"];
    private static readonly string[] GkeContainerResourceLabels = ["cluster_name", "namespace_id", "instance_id", "pod_id", "container_name", "zone"];
    private const string UserLabelPrefix = "user_labels.";

    public static StackdriverRequest Build(MetricQuery query, string accountProject)
    {
        var config = ProviderQueryConfig.Require<StackdriverQueryConfig>(query, "Stackdriver");
        var name = query.MetricName;
        var scope = query.Scope;
        var extended = scope.ExtendedScopeParams;

        if (string.IsNullOrWhiteSpace(config.MetricType))
            throw new MetricQueryException(name, "metricType", "metricType is required");
        var resourceType = FirstNonEmpty(config.ResourceType, extended.GetValueOrDefault("resourceType"))
            ?? throw new MetricQueryException(name, "resourceType", "resourceType is required (in the query config or the scope's extendedScopeParams)");
        // The scope's project wins over the account's, for the filter and for the API path alike (Kayenta uses the
        // account's in the path).
        var project = FirstNonEmpty(extended.GetValueOrDefault("project"), accountProject)
            ?? throw new MetricQueryException(name, "project", "no project: the account has none and the scope's extendedScopeParams name none");
        if (!IsProjectId(project))
            throw new MetricQueryException(name, "project", "project may only contain letters, digits and - . : _");
        var aligner = EnumName(FirstNonEmpty(config.PerSeriesAligner, extended.GetValueOrDefault("perSeriesAligner")) ?? DefaultPerSeriesAligner, name, "perSeriesAligner");
        var reducer = EnumName(FirstNonEmpty(config.CrossSeriesReducer, extended.GetValueOrDefault("crossSeriesReducer")) ?? DefaultCrossSeriesReducer, name, "crossSeriesReducer");
        if (scope.StepSeconds <= 0)
            throw new MetricQueryException(name, "step", "the scope's step must be a positive number of seconds");
        if (scope.End <= scope.Start)
            throw new MetricQueryException(name, "end", "the scope's end must be after its start");

        var filter = new StringBuilder()
            .Append("metric.type=").Append(FilterValue.Quoted(config.MetricType, name, "metricType", "metricType"))
            .Append(" AND resource.type=").Append(FilterValue.Quoted(resourceType, name, "resourceType", "resourceType"));
        var template = QueryTemplate.Select(query);
        if (template is not null)
            filter.Append(" AND ").Append(ExpandTemplate(template, query, project, resourceType, config));
        else
            AppendResourceScoping(filter, query, resourceType, project);

        return new StackdriverRequest(project, filter.ToString(), aligner, reducer, config.GroupByFields, scope.Start, scope.End, scope.StepSeconds);
    }

    private static string ExpandTemplate(string template, MetricQuery query, string project, string resourceType, StackdriverQueryConfig config)
    {
        var field = TemplateField.Of(config);
        var bindings = QueryTemplate.Bindings(query.Scope, [new("project", project), new("resourceType", resourceType)]);
        return QueryTemplate.Expand(template, bindings, (value, insideQuotes) =>
        {
            var variable = BoundVariable.NamesHolding(value, bindings);
            return insideQuotes
                ? FilterValue.EscapedContent(value, query.MetricName, field, variable)
                : FilterValue.BareToken(value, query.MetricName, field, variable);
        }, query.MetricName);
    }

    private static void AppendResourceScoping(StringBuilder filter, MetricQuery query, string resourceType, string project)
    {
        var name = query.MetricName;
        var scope = query.Scope;
        var extended = scope.ExtendedScopeParams;
        string Quote(string value, string variable) => FilterValue.Quoted(value, name, variable, variable);

        switch (resourceType)
        {
            case "gce_instance":
                filter.Append(" AND project=").Append(Quote(project, "project"))
                    .Append(" AND metadata.user_labels.\"spinnaker-region\"=").Append(Quote(Required(scope.Location, name, "location", resourceType), "location"))
                    .Append(" AND metadata.user_labels.\"spinnaker-server-group\"=").Append(Quote(Required(scope.Scope, name, "scope", resourceType), "scope"));
                break;
            case "aws_ec2_instance":
                var location = Required(scope.Location, name, "location", resourceType);
                var serverGroup = Required(scope.Scope, name, "scope", resourceType);
                filter.Append(" AND resource.labels.region=\"aws:").Append(FilterValue.EscapedContent(location, name, "location", "location")).Append('"')
                    .Append(" AND metadata.user_labels.\"aws:autoscaling:groupname\"=").Append(Quote(serverGroup, "scope"));
                break;
            case "gae_app":
                filter.Append(" AND project=").Append(Quote(project, "project"))
                    .Append(" AND resource.labels.version_id=").Append(Quote(Required(scope.Scope, name, "scope", resourceType), "scope"));
                if (extended.TryGetValue("service", out var service))
                    filter.Append(" AND resource.labels.module_id=").Append(Quote(service, "service"));
                break;
            case "k8s_container" or "k8s_pod" or "k8s_node":
                AppendLabelScoping(filter, query, project, KubernetesResourceLabels);
                break;
            case "gke_container":
                AppendLabelScoping(filter, query, project, GkeContainerResourceLabels);
                break;
            case "global":
                break;
            default:
                throw new MetricQueryException(name, "resourceType",
                    $"resource type '{resourceType}' has no built-in scoping; use a custom filter template to query it");
        }
    }

    /// <summary>The project, the listed resource labels present in extendedScopeParams, then every "user_labels.X" entry (in key order).</summary>
    private static void AppendLabelScoping(StringBuilder filter, MetricQuery query, string project, IEnumerable<string> resourceLabels)
    {
        var name = query.MetricName;
        var extended = query.Scope.ExtendedScopeParams;
        filter.Append(" AND project=").Append(FilterValue.Quoted(project, name, "project", "project"));
        foreach (var label in resourceLabels)
            if (extended.TryGetValue(label, out var value))
                filter.Append(" AND resource.labels.").Append(label).Append('=').Append(FilterValue.Quoted(value, name, label, label));
        foreach (var (key, value) in extended.Where(e => e.Key.StartsWith(UserLabelPrefix, StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal))
            filter.Append(" AND metadata.user_labels.").Append(FilterValue.Quoted(key[UserLabelPrefix.Length..], name, key, key))
                .Append('=').Append(FilterValue.Quoted(value, name, key, key));
    }

    private static string Required(string? value, string metricName, string field, string resourceType) =>
        string.IsNullOrEmpty(value)
            ? throw new MetricQueryException(metricName, field, $"the scope's {field} is required when resourceType is '{resourceType}'")
            : value;

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    // Project ids are lowercase letters, digits and hyphens; legacy domain-scoped ones look like "example.com:project".
    // Anything else, "/" and ".." above all, could walk out of the projects/{project} path segment.
    private static bool IsProjectId(string project) =>
        project is not ("." or "..") && project.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or ':' or '_');

    private static string EnumName(string value, string metricName, string field) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')
            ? value
            : throw new MetricQueryException(metricName, field, $"{field} must be an enum name such as ALIGN_MEAN or REDUCE_MEAN");
}
