using System.Text.Json;
using System.Text.Json.Nodes;
using Judge.Api.Execution;

namespace Judge.Api.Report;

/// <summary>The page of an execution without a verdict: where a running one is, or why a failed one stopped.</summary>
public static class ExecutionStateSection
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(HtmlBuilder html, CanaryExecutionStatusResponse execution, ReportState state)
    {
        var headline = ReportStates.Headline(execution, state);
        var cssClass = state == ReportState.Running ? "verdict-running" : "verdict-failed";
        html.Raw("<section id=\"verdict\" class=\"verdict ").Raw(cssClass).Raw("\" aria-labelledby=\"verdict-heading\">\n")
            .Raw("<h2 id=\"verdict-heading\">Execution state</h2>\n")
            .Raw("<p class=\"verdict-label\">").Text(headline).Raw("</p>\n");

        if (state == ReportState.Running)
        {
            var current = CurrentStage(execution.StageStatus);
            html.Raw("<p class=\"verdict-reason\">The execution has not finished, so there is no verdict yet.");
            if (current is not null)
                html.Raw(" Current stage: <strong class=\"current-stage\">").Text(current).Raw("</strong>.");
            html.Raw($" This page reloads every {ReportPage.RefreshSeconds} s.</p>\n");
        }
        else
        {
            WriteError(html, execution);
        }
        WriteStages(html, execution.StageStatus);
        html.Raw("</section>\n");
    }

    /// <summary>The first running stage, else the first that has not started.</summary>
    private static string? CurrentStage(IReadOnlyDictionary<string, string> stages) =>
        stages.FirstOrDefault(s => s.Value == ExecutionStatus.Running).Key
        ?? stages.FirstOrDefault(s => s.Value == ExecutionStatus.NotStarted).Key;

    private static void WriteError(HtmlBuilder html, CanaryExecutionStatusResponse execution)
    {
        var exception = execution.Exception;
        var messages = Messages(exception);
        html.Raw("<div class=\"execution-error\" role=\"alert\">\n<h3>Error</h3>\n");
        if (messages.Count == 0)
            html.Raw("<p class=\"error-message\">")
                .Text(execution.Status == ExecutionStatus.Succeeded ? "The execution succeeded but stored no judge result." : "The execution stopped without reporting an error.")
                .Raw("</p>\n");
        foreach (var message in messages)
            html.Raw("<p class=\"error-message\">").Text(message).Raw("</p>\n");
        if (exception?["exceptionType"] is JsonValue type)
            html.Raw("<p class=\"error-type\"><span class=\"field-name\">Type:</span> ").Text(type.ToString()).Raw("</p>\n");
        if (exception is not null)
            html.Raw("<details><summary>Exception as reported</summary><pre>").Text(exception.ToJsonString(Indented)).Raw("</pre></details>\n");
        html.Raw("</div>\n");
    }

    /// <summary>Orca's details.errors[], else details.error, else a top-level message, without repeats.</summary>
    private static IReadOnlyList<string> Messages(JsonObject? exception)
    {
        if (exception is null)
            return [];
        var details = exception["details"] as JsonObject;
        var messages = new List<string>();
        if (details?["errors"] is JsonArray errors)
            messages.AddRange(errors.OfType<JsonValue>().Select(e => e.ToString()));
        if (details?["error"] is JsonValue error)
            messages.Add(error.ToString());
        if (exception["message"] is JsonValue message)
            messages.Add(message.ToString());
        return messages.Where(m => !string.IsNullOrWhiteSpace(m)).Distinct().ToList();
    }

    private static void WriteStages(HtmlBuilder html, IReadOnlyDictionary<string, string> stages)
    {
        if (stages.Count == 0)
            return;
        html.Raw("<h3>Stages</h3>\n<table class=\"stages\">\n<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        foreach (var (stage, status) in stages)
            html.Raw("<tr class=\"stage-").Text(status).Raw("\"><th scope=\"row\">").Text(stage)
                .Raw("</th><td>").Text(ReportStates.StatusLabel(status)).Raw("</td></tr>\n");
        html.Raw("</tbody>\n</table>\n");
    }
}
