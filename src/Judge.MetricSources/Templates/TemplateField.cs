namespace Judge.MetricSources.Templates;

/// <summary>The query config field holding the template <see cref="QueryTemplate.Select"/> took, for errors about its content.</summary>
internal static class TemplateField
{
    public static string Of(MetricQueryConfig config) =>
        string.IsNullOrEmpty(config.CustomInlineTemplate) ? "customFilterTemplate" : "customInlineTemplate";
}
