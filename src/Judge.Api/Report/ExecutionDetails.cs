using System.Text.Json;
using System.Text.Json.Nodes;
using Judge.Api.Execution;
using Judge.Api.Model;

namespace Judge.Api.Report;

/// <summary>What the execution was asked to do: the time window and scopes, the thresholds, and the canary config.</summary>
public static class ExecutionDetails
{
    public static void Write(HtmlBuilder html, CanaryExecutionStatusResponse execution, ReportJson json)
    {
        html.Raw("<section id=\"execution\" aria-labelledby=\"execution-heading\">\n<h2 id=\"execution-heading\">Execution</h2>\n");
        WriteTimes(html, execution);
        WriteScopes(html, execution.CanaryExecutionRequest);
        WriteConfig(html, execution, json);
        html.Raw("</section>\n");
    }

    private static void WriteTimes(HtmlBuilder html, CanaryExecutionStatusResponse execution)
    {
        var window = Window(execution.CanaryExecutionRequest);
        var thresholds = Thresholds.Of(execution);
        html.Raw("<dl class=\"facts\">")
            .Raw("<dt>Time window</dt><dd>").Text(window).Raw("</dd>")
            .Raw("<dt>Thresholds</dt><dd>").Text($"pass {ReportNumbers.Format(thresholds.Pass)}, marginal {ReportNumbers.Format(thresholds.Marginal)}").Raw("</dd>");
        if (execution.Result?.CanaryDuration is { } duration)
            html.Raw("<dt>Canary duration</dt><dd>").Text(duration).Raw("</dd>");
        html.Raw("<dt>Requested</dt><dd>").Text(ReportNumbers.Instant(execution.BuildTimeMillis)).Raw("</dd>")
            .Raw("<dt>Ran</dt><dd>").Text(Span(execution.StartTimeMillis, execution.EndTimeMillis)).Raw("</dd>")
            .Raw("<dt>Accounts</dt><dd>")
            .Text($"metrics {execution.MetricsAccountName}, storage {execution.StorageAccountName}" +
                  (execution.ConfigurationAccountName is { } c ? $", configuration {c}" : ""))
            .Raw("</dd>");
        if (execution.CanaryConfigId is { } configId)
            html.Raw("<dt>Config id</dt><dd><code>").Text(configId).Raw("</code></dd>");
        if (execution.ParentPipelineExecutionId is { } parent)
            html.Raw("<dt>Parent pipeline</dt><dd><code>").Text(parent).Raw("</code></dd>");
        foreach (var item in execution.CanaryExecutionRequest.Metadata ?? [])
            if (!item.Hidden)
                html.Raw("<dt>").Text(item.Name).Raw("</dt><dd>").Text(item.Value).Raw("</dd>");
        html.Raw("</dl>\n");
    }

    /// <summary>From the earliest start to the latest end over every scope of both sides.</summary>
    private static string Window(CanaryExecutionRequest request)
    {
        var scopes = (request.Scopes?.Values ?? []).SelectMany(p => new[] { p.ControlScope, p.ExperimentScope }).OfType<CanaryScope>().ToList();
        var start = scopes.Select(s => s.Start).Where(s => s is not null).Min();
        var end = scopes.Select(s => s.End).Where(s => s is not null).Max();
        if (start is null || end is null)
            return ReportNumbers.Absent;
        return $"{ReportNumbers.Instant(start)} to {ReportNumbers.Instant(end)} ({ReportNumbers.Duration(end.Value - start.Value)})";
    }

    private static string Span(long? startMillis, long? endMillis)
    {
        if (startMillis is not { } start)
            return "not started";
        if (endMillis is not { } end)
            return $"since {ReportNumbers.Instant(start)}";
        return $"{ReportNumbers.Instant(start)} to {ReportNumbers.Instant(end)} ({ReportNumbers.Duration(TimeSpan.FromMilliseconds(end - start))})";
    }

    private static void WriteScopes(HtmlBuilder html, CanaryExecutionRequest request)
    {
        if (request.Scopes is not { Count: > 0 } scopes)
            return;
        html.Raw("<h3>Scopes</h3>\n<div class=\"table-scroll\"><table class=\"scopes\">\n<thead><tr>")
            .Raw("<th scope=\"col\">Scope name</th><th scope=\"col\">Side</th><th scope=\"col\">Scope</th><th scope=\"col\">Location</th>")
            .Raw("<th scope=\"col\">Start</th><th scope=\"col\">End</th><th scope=\"col\">Length</th><th scope=\"col\">Step</th>")
            .Raw("<th scope=\"col\">Extended parameters</th></tr></thead>\n<tbody>\n");
        foreach (var (name, pair) in scopes)
        {
            WriteScope(html, name, "baseline (control)", pair.ControlScope);
            WriteScope(html, name, "canary (experiment)", pair.ExperimentScope);
        }
        html.Raw("</tbody>\n</table></div>\n");
    }

    private static void WriteScope(HtmlBuilder html, string name, string side, CanaryScope? scope)
    {
        var length = scope is { Start: { } s, End: { } e } ? ReportNumbers.Duration(e - s) : ReportNumbers.Absent;
        var step = scope?.Step is { } seconds ? ReportNumbers.Duration(TimeSpan.FromSeconds(seconds)) : ReportNumbers.Absent;
        var extended = scope?.ExtendedScopeParams is { Count: > 0 } p ? string.Join(", ", p.Select(kv => $"{kv.Key}={kv.Value}")) : "";
        html.Raw("<tr><th scope=\"row\">").Text(name).Raw("</th><td>").Text(side).Raw("</td><td>").Text(scope?.Scope)
            .Raw("</td><td>").Text(scope?.Location).Raw("</td><td>").Text(ReportNumbers.Instant(scope?.Start))
            .Raw("</td><td>").Text(ReportNumbers.Instant(scope?.End)).Raw("</td><td>").Text(length)
            .Raw("</td><td>").Text(step).Raw("</td><td>").Text(extended).Raw("</td></tr>\n");
    }

    private static void WriteConfig(HtmlBuilder html, CanaryExecutionStatusResponse execution, ReportJson json)
    {
        var config = execution.Config;
        html.Raw("<h3>Canary config</h3>\n<dl class=\"facts\">")
            .Raw("<dt>Name</dt><dd>").Text(config.Name ?? ReportNumbers.Absent).Raw("</dd>");
        if (!string.IsNullOrWhiteSpace(config.Description))
            html.Raw("<dt>Description</dt><dd>").Text(config.Description).Raw("</dd>");
        html.Raw("<dt>Judge</dt><dd>").Text(execution.Result?.JudgeResult.JudgeName ?? config.Judge?.Name ?? ReportNumbers.Absent).Raw("</dd>");
        if (config.Classifier?.GroupWeights is { Count: > 0 } weights)
            html.Raw("<dt>Group weights</dt><dd>").Text(string.Join(", ", weights.Select(w => $"{w.Key} {ReportNumbers.Format(w.Value)}"))).Raw("</dd>");
        html.Raw("</dl>\n");

        if (config.Metrics is { Count: > 0 } metrics)
        {
            html.Raw("<div class=\"table-scroll\"><table class=\"config-metrics\">\n<thead><tr><th scope=\"col\">Metric</th><th scope=\"col\">Groups</th>")
                .Raw("<th scope=\"col\">Scope name</th><th scope=\"col\">Query</th><th scope=\"col\">Analysis settings</th></tr></thead>\n<tbody>\n");
            foreach (var metric in metrics)
            {
                html.Raw("<tr><th scope=\"row\">").Text(metric.Name).Raw("</th><td>").Text(string.Join(", ", metric.Groups ?? []))
                    .Raw("</td><td>").Text(metric.ScopeName).Raw("</td><td><code class=\"json\">").Text(Compact(metric.Query, json))
                    .Raw("</code></td><td><code class=\"json\">").Text(metric.AnalysisConfigurations?.ToJsonString(json.Readable) ?? "")
                    .Raw("</code></td></tr>\n");
            }
            html.Raw("</tbody>\n</table></div>\n");
        }
        html.Raw("<details class=\"raw-config\"><summary>Config as JSON</summary><pre>")
            .Text(JsonSerializer.Serialize(config, json.Indented)).Raw("</pre></details>\n");
    }

    private static string Compact(Judge.MetricSources.MetricQueryConfig? query, ReportJson json) =>
        query is null ? "" : JsonSerializer.Serialize(query, json.Readable);
}
