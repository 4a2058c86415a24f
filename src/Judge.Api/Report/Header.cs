using Judge.Api.Execution;

namespace Judge.Api.Report;

/// <summary>A page header: what the page is about, a few facts, and links to the raw JSON behind it.</summary>
public static class Header
{
    /// <param name="Code">Shown as an identifier (monospace).</param>
    public sealed record Fact(string Term, string Value, bool Code = false);

    public sealed record Link(string Text, string Href);

    public static void Write(HtmlBuilder html, CanaryExecutionStatusResponse execution, ReportLinks links)
    {
        var raw = new List<Link> { new("Execution JSON", links.ExecutionJson) };
        if (links.MetricSetPairList is not null)
            raw.Add(new Link("Metric-set pairs (raw series)", links.MetricSetPairList));
        Write(html, "Canary report: " + (execution.Config.Name ?? "unnamed config"),
        [
            new Fact("Execution", execution.PipelineId, Code: true),
            new Fact("Application", execution.Application),
            new Fact("Status", ReportStates.StatusLabel(execution.Status)),
            new Fact("Started", ReportNumbers.Instant(execution.StartTimeMillis ?? execution.BuildTimeMillis)),
        ], raw);
    }

    public static void Write(HtmlBuilder html, string title, IEnumerable<Fact> facts, IEnumerable<Link> links)
    {
        html.Raw("<header class=\"page-header\">\n<h1>").Text(title).Raw("</h1>\n<dl class=\"facts\">");
        foreach (var fact in facts)
        {
            html.Raw("<dt>").Text(fact.Term).Raw("</dt><dd>");
            if (fact.Code)
                html.Raw("<code>").Text(fact.Value).Raw("</code>");
            else
                html.Text(fact.Value);
            html.Raw("</dd>");
        }
        html.Raw("</dl>\n<nav class=\"raw-links\" aria-label=\"Raw data\">");
        var first = true;
        foreach (var link in links)
        {
            html.Raw(first ? "<a" : " · <a").Attribute("href", link.Href).Raw(">").Text(link.Text).Raw("</a>");
            first = false;
        }
        html.Raw("</nav>\n</header>\n");
    }
}
