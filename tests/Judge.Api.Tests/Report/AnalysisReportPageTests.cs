using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Judge.Api.Execution;
using Judge.Api.Report;

namespace Judge.Api.Tests.Report;

/// <summary>The lifetime analysis page's HTML: verdict states, one linked row per judgement, the chart data, escaping.</summary>
public sealed partial class AnalysisReportPageTests
{
    [Fact]
    public void A_passed_analysis_says_pass_in_words_and_colour_with_the_aggregation_message_and_thresholds()
    {
        var html = AnalysisReportFixtures.Render(AnalysisReportFixtures.Finish(
            AnalysisReportFixtures.Analysis(3, (100, "Pass"), (80, "Marginal"), (97.5, "Pass")), ExecutionStatus.Succeeded));

        Assert.Contains("<body data-state=\"passed\" data-verdict=\"Pass\" data-charts-expected=\"1\"", html);
        Assert.Contains("class=\"verdict verdict-pass\"", html);
        Assert.Contains("<p class=\"verdict-label\">PASS</p>", html);
        Assert.Contains("Final score <strong>97.5</strong> of 100 (judgement #3) · pass at 95 or more · fails at 75 or less", html);
        Assert.Contains("Final canary score 97.5 met or exceeded the pass score threshold.", html);
        Assert.Contains("Status SUCCEEDED · 3 of 3 planned judgements ran: 2 passed, 1 marginal, 0 failed.", html);
        Assert.Contains("<title>PASS · checkout-lifetime · Judge canary analysis report</title>", html);
        Assert.DoesNotContain("http-equiv=\"refresh\"", html);
    }

    [Fact]
    public void Each_judgement_row_says_what_its_metrics_were_held_to()
    {
        var analysis = AnalysisReportFixtures.Analysis(3, (100, "Pass"), (100, "Pass"));
        analysis.Judgements[0].Boundary = new Judge.Stats.Sequential.LookBoundary(1, 3, 1 / 3.0, 4.31, 0.9999837201441616);
        var html = AnalysisReportFixtures.Render(analysis);

        Assert.Contains("<th scope=\"col\">Held to</th>", html);
        Assert.Contains("<td class=\"boundary\">99.9983 %, look 1/3</td>", html);
        Assert.Contains("<td class=\"boundary\">98 %</td>", html);
    }

    [Fact]
    public void An_analysis_stopped_early_says_fail_and_why_it_stopped()
    {
        var html = AnalysisReportFixtures.Render(AnalysisReportFixtures.Finish(
            AnalysisReportFixtures.Analysis(4, (100, "Pass"), (0, "Fail")), ExecutionStatus.Terminal,
            "Canary score is not above the marginal score threshold (Run Canary #2 scored 0.0)."));

        Assert.Contains("data-state=\"failed\" data-verdict=\"Fail\"", html);
        Assert.Contains("class=\"verdict verdict-fail\"", html);
        Assert.Contains("<p class=\"verdict-label\">FAIL</p>", html);
        Assert.Contains("Final canary score 0.0 is not above the marginal score threshold.", html);
        Assert.Contains("<h3>Why it stopped early</h3>", html);
        Assert.Contains("<p class=\"error-message\">Canary score is not above the marginal score threshold (Run Canary #2 scored 0.0).</p>", html);
        Assert.Contains("Status TERMINAL · 2 of 4 planned judgements ran: 1 passed, 0 marginal, 1 failed.", html);
    }

    [Fact]
    public void An_analysis_that_failed_at_its_last_planned_judgement_says_why_it_failed_not_that_it_stopped_early()
    {
        var html = AnalysisReportFixtures.Render(AnalysisReportFixtures.Finish(
            AnalysisReportFixtures.Analysis(2, (100, "Pass"), (0, "Fail")), ExecutionStatus.Terminal,
            "Canary score is not above the marginal score threshold (Run Canary #2 scored 0.0)."));

        Assert.Contains("Status TERMINAL · 2 of 2 planned judgements ran: 1 passed, 0 marginal, 1 failed.", html);
        Assert.Contains("<h3>Why it failed</h3>", html);
        Assert.DoesNotContain("stopped early", html);
    }

    [Fact]
    public void A_passed_analysis_whose_judgement_reported_an_error_does_not_say_it_stopped_early()
    {
        var html = AnalysisReportFixtures.Render(AnalysisReportFixtures.Finish(
            AnalysisReportFixtures.Analysis(2, (100, "Pass"), (100, "Pass")), ExecutionStatus.Succeeded,
            "Run Canary #1 was retried after a metrics outage."));

        Assert.Contains("<p class=\"verdict-label\">PASS</p>", html);
        Assert.Contains("<h3>What a judgement reported</h3>", html);
        Assert.DoesNotContain("stopped early", html);
        Assert.DoesNotContain("Why it failed", html);
    }

    [Fact]
    public void A_running_analysis_shows_the_judgements_so_far_and_when_the_next_is_due()
    {
        var html = AnalysisReportFixtures.Render(AnalysisReportFixtures.Analysis(3, (100, "Pass")));

        Assert.Contains("data-state=\"running\" data-verdict=\"\"", html);
        Assert.Contains("class=\"verdict verdict-running\"", html);
        Assert.Contains("<p class=\"verdict-label\">RUNNING</p>", html);
        Assert.Contains("1 of 3 judgements are done.", html);
        Assert.Contains("<strong class=\"next-judgement\">Next judgement (#2) at 2024-03-01 12:20:00Z</strong>", html);
        Assert.Contains("Latest score <strong>100</strong>", html);
        Assert.Contains($"<meta http-equiv=\"refresh\" content=\"{ReportDocument.RefreshSeconds}\">", html);
        Assert.Single(JudgementRows(html));
    }

    [Fact]
    public void A_running_judgement_links_to_its_report()
    {
        var analysis = AnalysisReportFixtures.Analysis(3, (100, "Pass"));
        analysis.Judgements[1].ExecutionId = "exec-in-flight";
        analysis.Judgements[1].Status = ExecutionStatus.Running;

        var html = AnalysisReportFixtures.Render(analysis);

        Assert.Contains("Judgement #2 is running now (<a href=\"/canary/exec-in-flight/report?storageAccountName=store\">its report</a>).", html);
    }

    [Fact]
    public void A_canceled_analysis_says_canceled_and_gives_the_reason()
    {
        var analysis = AnalysisReportFixtures.Analysis(3, (100, "Pass"));
        analysis.Judgements[1].ExecutionId = "exec-02";
        analysis.Judgements[1].Status = ExecutionStatus.Canceled;
        analysis.Judgements[1].Exception = new JsonObject { ["details"] = new JsonObject { ["errors"] = new JsonArray("Canary execution was canceled.") } };

        var html = AnalysisReportFixtures.Render(AnalysisReportFixtures.Finish(analysis, ExecutionStatus.Canceled));

        Assert.Contains("data-state=\"canceled\" data-verdict=\"\"", html);
        Assert.Contains("class=\"verdict verdict-failed\"", html);
        Assert.Contains("<p class=\"verdict-label\">CANCELED</p>", html);
        Assert.Contains("<h3>Why it stopped</h3>", html);
        Assert.Contains("<p class=\"error-message\">Canary execution was canceled.</p>", html);
        Assert.DoesNotContain("<p class=\"verdict-label\">FAIL</p>", html);
    }

    [Fact]
    public void Each_finished_judgement_has_one_row_linking_to_its_canary_report()
    {
        var html = AnalysisReportFixtures.Render(AnalysisReportFixtures.Finish(
            AnalysisReportFixtures.Analysis(3, (100, "Pass"), (80, "Marginal"), (null, null)), ExecutionStatus.Terminal));

        var rows = JudgementRows(html);
        Assert.Equal(3, rows.Count);
        for (var n = 1; n <= 3; n++)
        {
            var row = rows[n - 1];
            Assert.Contains($"data-judgement=\"{n}\" data-execution-id=\"exec-{n:D2}\"", row);
            Assert.Single(Regex.Matches(row, "<a "));
            Assert.Contains($"<a class=\"judgement-report\" href=\"/canary/exec-{n:D2}/report?storageAccountName=store\">Judgement #{n} report</a>", row);
            Assert.Contains($"2024-03-01 12:00:00Z – 2024-03-01 12:{n}0:00Z", row);
            Assert.Contains("Fewer than 50 data points.", row);
        }
        Assert.Contains("<td class=\"num\">100</td><td class=\"boundary\">98 %</td><td><span class=\"badge\">PASS</span></td><td>SUCCEEDED</td>", rows[0]);
        Assert.Contains("<td class=\"num\">80</td><td class=\"boundary\">98 %</td><td><span class=\"badge\">MARGINAL</span></td>", rows[1]);
        Assert.Contains("<td class=\"num\">no score</td><td class=\"boundary\">98 %</td><td><span class=\"badge\">UNKNOWN</span></td><td>TERMINAL</td>", rows[2]);
    }

    [Fact]
    public void The_chart_data_holds_every_judgement_at_its_window_end_with_the_thresholds()
    {
        var html = AnalysisReportFixtures.Render(AnalysisReportFixtures.Finish(
            AnalysisReportFixtures.Analysis(3, (100, "Pass"), (80, "Marginal"), (null, null)), ExecutionStatus.Terminal));

        var scores = JsonNode.Parse(ReportPageTests.ChartData(html))!["scores"]!;
        var points = scores["points"]!.AsArray();
        Assert.Equal([10, 20, 30], points.Select(p => (int)((p!["x"]!.GetValue<long>() - AnalysisReportFixtures.T0.ToUnixTimeMilliseconds()) / 60000)));
        Assert.Equal([100.0, 80.0, null], points.Select(p => (double?)p!["y"]));
        Assert.Equal("/canary/exec-02/report?storageAccountName=store", (string?)points[1]!["href"]);
        Assert.Equal(95, scores["pass"]!.GetValue<double>());
        Assert.Equal(75, scores["marginal"]!.GetValue<double>());
        Assert.Single(Regex.Matches(html, "<canvas data-chart=\"scores\""));
    }

    [Fact]
    public void An_analysis_without_a_finished_judgement_draws_no_chart()
    {
        var html = AnalysisReportFixtures.Render(AnalysisReportFixtures.Analysis(3));

        Assert.Contains("data-charts-expected=\"0\"", html);
        Assert.DoesNotContain("<canvas", html);
        Assert.Contains("No score yet", html);
        Assert.Contains("0 of 3 judgements are done.", html);
    }

    [Fact]
    public void Hostile_strings_render_as_text()
    {
        const string hostile = "<script>alert('xss')</script>\"><img src=x onerror=alert(1)>";
        var analysis = AnalysisReportFixtures.Analysis(2, (100, "Pass"), (0, hostile));
        analysis.Judgements[0].Warnings = [hostile];
        analysis.Judgements[1].ExecutionId = hostile;
        var finished = AnalysisReportFixtures.Finish(analysis, ExecutionStatus.Terminal, hostile);
        var withName = new Judge.Api.StandaloneAnalyses.StandaloneAnalysis
        {
            PipelineId = finished.PipelineId, Application = hostile, User = hostile, Config = finished.Config with { Name = hostile },
            Request = finished.Request, StorageAccountName = finished.StorageAccountName, MetricsAccountName = finished.MetricsAccountName,
            ParentPipelineExecutionId = hostile, CanaryConfigId = hostile, Status = finished.Status, Complete = true,
            Judgements = finished.Judgements, Verdict = finished.Verdict, Exception = finished.Exception,
        };

        var html = AnalysisReportFixtures.Render(withName);

        Assert.Equal(3, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert('xss')", html);
        Assert.Contains("<h1>Canary analysis report: &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&quot;&gt;&lt;img", html);
        // The execution id reaches the link escaped for the URL, and the data attribute escaped for HTML.
        Assert.Contains("href=\"/canary/%3Cscript%3Ealert%28%27xss%27%29%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E/report", html);
        Assert.Contains("data-execution-id=\"&lt;script&gt;", html);
        Assert.Contains("\\u003Cscript\\u003E", ReportPageTests.ChartData(html));
    }

    private static IReadOnlyList<string> JudgementRows(string html) =>
        Regex.Matches(html, "<tr [^>]*data-judgement=.*?</tr>").Select(m => m.Value).ToList();
}
