using Judge.Api.Execution;

namespace Judge.Api.Report;

/// <summary>The page header: what was judged, and links to the raw JSON behind the page.</summary>
public static class Header
{
    public static void Write(HtmlBuilder html, CanaryExecutionStatusResponse execution, ReportLinks links)
    {
        html.Raw("<header class=\"page-header\">\n<h1>Canary report: ").Text(execution.Config.Name ?? "unnamed config").Raw("</h1>\n")
            .Raw("<dl class=\"facts\">")
            .Raw("<dt>Execution</dt><dd><code>").Text(execution.PipelineId).Raw("</code></dd>")
            .Raw("<dt>Application</dt><dd>").Text(execution.Application).Raw("</dd>")
            .Raw("<dt>Status</dt><dd>").Text(ReportStates.StatusLabel(execution.Status)).Raw("</dd>")
            .Raw("<dt>Started</dt><dd>").Text(ReportNumbers.Instant(execution.StartTimeMillis ?? execution.BuildTimeMillis)).Raw("</dd>")
            .Raw("</dl>\n<nav class=\"raw-links\" aria-label=\"Raw data\"><a")
            .Attribute("href", links.ExecutionJson).Raw(">Execution JSON</a>");
        if (links.MetricSetPairList is not null)
            html.Raw(" · <a").Attribute("href", links.MetricSetPairList).Raw(">Metric-set pairs (raw series)</a>");
        html.Raw("</nav>\n</header>\n");
    }
}
