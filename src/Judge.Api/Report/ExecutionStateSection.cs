using Judge.Api.Execution;

namespace Judge.Api.Report;

/// <summary>The page of an execution without a verdict: where a running one is, or why a failed one stopped.</summary>
public static class ExecutionStateSection
{
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
            html.Raw($" This page reloads every {ReportDocument.RefreshSeconds} s.</p>\n");
        }
        else
        {
            ErrorBlock.Write(html, execution.Exception, execution.Status == ExecutionStatus.Succeeded
                ? "The execution succeeded but stored no judge result."
                : "The execution stopped without reporting an error.");
        }
        WriteStages(html, execution.StageStatus);
        html.Raw("</section>\n");
    }

    /// <summary>The first running stage, else the first that has not started.</summary>
    private static string? CurrentStage(IReadOnlyDictionary<string, string> stages) =>
        stages.FirstOrDefault(s => s.Value == ExecutionStatus.Running).Key
        ?? stages.FirstOrDefault(s => s.Value == ExecutionStatus.NotStarted).Key;

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
