using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Judge.Api.Report;

namespace Judge.Api.Tests.Report;

public sealed partial class ReportPageTests
{
    [Fact]
    public void Verdict_is_given_in_words_with_the_score_the_thresholds_and_a_reason()
    {
        var html = ReportFixtures.RenderSucceeded();

        Assert.Contains("<body data-state=\"succeeded\" data-verdict=\"Fail\"", html);
        Assert.Contains("class=\"verdict verdict-fail\"", html);
        Assert.Contains("<p class=\"verdict-label\">FAIL</p>", html);
        Assert.Contains("Score <strong>50</strong> of 100 · pass at 95 or more · marginal at 75 or more", html);
        // The judge gave no reason, so the page says what the score and thresholds mean.
        Assert.Contains("The score 50 is below the marginal threshold 75.", html);
        Assert.Contains("2 of 5 metrics failed (1 critical), 1 failed but muted, 1 without data.", html);
        Assert.Contains("<title>FAIL · checkout-canary · Judge canary report</title>", html);
    }

    [Theory]
    [InlineData("Pass", 97.5, "PASS", "verdict-pass", "The score 97.5 reached the pass threshold 95.")]
    [InlineData("Marginal", 80.0, "MARGINAL", "verdict-marginal", "The score 80 is below the pass threshold 95 but reached the marginal threshold 75.")]
    public void Pass_and_marginal_verdicts_have_their_own_words_and_colour(string classification, double score, string label, string cssClass, string reason)
    {
        var json = ReportFixtures.ExecutionJson();
        json["result"]!["judgeResult"]!["score"]!["classification"] = classification;
        json["result"]!["judgeResult"]!["score"]!["score"] = score;

        var html = ReportFixtures.Render(json, ReportFixtures.PairsJson());

        Assert.Contains($"<p class=\"verdict-label\">{label}</p>", html);
        Assert.Contains($"class=\"verdict {cssClass}\"", html);
        Assert.Contains(reason, html);
        Assert.Contains($"data-verdict=\"{classification}\"", html);
    }

    [Fact]
    public void The_request_thresholds_win_over_the_configs()
    {
        var html = ReportFixtures.RenderSucceeded();

        Assert.Contains("low=\"75\" high=\"95\"", html);
        Assert.DoesNotContain("high=\"90\"", html);
    }

    [Fact]
    public void A_reason_from_the_judge_is_shown_as_given()
    {
        var json = ReportFixtures.ExecutionJson();
        json["result"]!["judgeResult"]!["score"]!["classificationReason"] = "Canary Failed: p99_latency (critical) classified High.";

        var html = ReportFixtures.Render(json, ReportFixtures.PairsJson());

        Assert.Contains("Canary Failed: p99_latency (critical) classified High.", html);
    }

    [Fact]
    public void Each_group_score_is_listed_with_its_weight()
    {
        var html = ReportFixtures.RenderSucceeded();

        Assert.Matches(@"<tr><th scope=""row"">system</th><td>50</td><td class=""num"">100</td>", html);
        Assert.Matches(@"<tr><th scope=""row"">latency</th><td>50</td><td class=""num"">0</td>", html);
    }

    [Fact]
    public void Metrics_are_listed_failing_first_critical_before_the_rest_passing_last()
    {
        var html = ReportFixtures.RenderSucceeded();

        var rows = MetricRow().Matches(html).Select(m => m.Groups["name"].Value).ToList();
        // Judge order: cpu (Pass), error_rate (Low, muted), queue_depth (Nodata), p99_latency (High, critical), gc_pause (High).
        Assert.Equal(["p99_latency", "gc_pause", "error_rate", "queue_depth", "cpu"], rows);

        var cards = MetricCard().Matches(html).Select(m => m.Groups["name"].Value).ToList();
        Assert.Equal(rows, cards);
    }

    [Fact]
    public void Each_metric_row_holds_its_label_flags_and_numbers()
    {
        var html = ReportFixtures.RenderSucceeded();

        var p99 = Row(html, "p99_latency");
        Assert.Contains("<span class=\"badge\">FAIL: HIGH</span>", p99);
        Assert.Contains("<td data-label=\"Flags\">CRITICAL</td>", p99);
        Assert.Contains("<td class=\"num\" data-label=\"Mean\">0.14 → 0.21</td>", p99);
        Assert.Contains("<td class=\"num\" data-label=\"Median\">0.135 → 0.2</td>", p99);
        Assert.Contains("<td class=\"num\" data-label=\"Mean ratio\">1.5 (+50%)</td>", p99);
        Assert.Contains("<td class=\"num\" data-label=\"Shift [CI]\">0.07 [0.03, 0.12]</td>", p99);
        Assert.Contains("<td class=\"num\" data-label=\"p-value\">0.0043</td>", p99);
        Assert.Contains("p99_latency was classified as High", p99);

        var errors = Row(html, "error_rate");
        Assert.Contains("<span class=\"badge\">MUTED: LOW</span>", errors);
        Assert.Contains("<td data-label=\"Flags\">MUTED</td>", errors);
        Assert.Contains("<td class=\"num\" data-label=\"Mean ratio\">0.25 (−75%)</td>", errors);
        Assert.Contains("code=5xx", errors);

        var queue = Row(html, "queue_depth");
        Assert.Contains("<span class=\"badge\">NO DATA</span>", queue);
        // Neither side has a point: the table says so instead of a ratio or zeros.
        Assert.Contains("<td class=\"num\" data-label=\"Mean\">no data → no data</td>", queue);
        Assert.Contains("<td class=\"num\" data-label=\"Mean ratio\">no data</td>", queue);
        Assert.DoesNotContain("Detectable change", html);   // no ExactACAJudge-v2 evidence, no column

        Assert.Contains("<span class=\"badge\">PASS</span>", Row(html, "cpu"));
    }

    [Fact]
    public void Every_metric_with_series_gets_a_time_chart_and_a_distribution_chart_with_its_data()
    {
        var html = ReportFixtures.RenderSucceeded();

        // queue_depth has no point on either side: "no data" and no empty charts.
        Assert.Contains("data-charts-expected=\"8\"", html);
        Assert.Equal(4, Regex.Matches(html, "<canvas data-chart=\"series\"").Count);
        Assert.Equal(4, Regex.Matches(html, "<canvas data-chart=\"ecdf\"").Count);
        Assert.Matches(@"data-metric-name=""queue_depth"">[\s\S]*?<p class=""no-data"">No data: neither the baseline nor the canary", html);

        var data = JsonNode.Parse(ChartData(html))!["metrics"]!.AsArray();
        Assert.Equal(5, data.Count);
        Assert.Single(data, m => m is null);
        var p99 = data[0]!;   // the first card is the failing critical metric
        Assert.Equal("p99_latency", (string?)p99["name"]);
        Assert.Equal("[0.15,0.2,null,0.18,0.31,0.21]", p99["experiment"]!["values"]!.ToJsonString());   // NaN → a gap
        Assert.Equal(1714557600000, (long)p99["control"]!["start"]!);
        Assert.Equal(60000, (long)p99["control"]!["step"]!);
    }

    [Fact]
    public void A_result_without_stored_series_says_so_instead_of_drawing()
    {
        var pairs = ReportFixtures.PairsJson();
        pairs.RemoveAt(0);   // cpu

        var html = ReportFixtures.Render(ReportFixtures.ExecutionJson(), pairs);

        Assert.Contains("data-charts-expected=\"6\"", html);
        Assert.Matches(@"id=""metric-4"" data-metric-name=""cpu"">[\s\S]*?No stored series for this metric\.", html);
        Assert.Equal("null", JsonNode.Parse(ChartData(html))!["metrics"]![4]?.ToJsonString() ?? "null");
    }

    [Fact]
    public void Config_scopes_time_window_and_links_are_shown()
    {
        var html = ReportFixtures.RenderSucceeded();

        Assert.Contains("<dt>Time window</dt><dd>2024-05-01 10:00:00Z to 2024-05-01 10:05:00Z (5 min)</dd>", html);
        Assert.Contains("<td>checkout-baseline</td><td>us-east-1</td>", html);
        Assert.Contains("<td>checkout-canary</td>", html);
        Assert.Contains("namespace=prod", html);
        Assert.Contains("<dt>Canary duration</dt><dd>PT5M</dd>", html);
        Assert.Contains("<dt>ticket</dt><dd>OPS-42</dd>", html);
        Assert.DoesNotContain("do-not-show", html);   // hidden metadata stays hidden
        Assert.Contains("&quot;metricName&quot;:&quot;http_latency_p99&quot;", html);
        Assert.Contains("<dt>Group weights</dt><dd>latency 50, system 50</dd>", html);
        Assert.Contains("href=\"/canary/x?storageAccountName=s\"", html);
        Assert.Contains("href=\"/metricSetPairList/p?accountName=s\"", html);
        Assert.Contains("src=\"/report/assets/chart.umd.js\"", html);
    }

    [Fact]
    public void A_running_execution_shows_its_stages_and_the_current_one_and_reloads()
    {
        var html = ReportFixtures.Render(ReportFixtures.Running(), null);

        Assert.Contains("data-state=\"running\"", html);
        Assert.Contains("<p class=\"verdict-label\">RUNNING</p>", html);
        Assert.Contains("Current stage: <strong class=\"current-stage\">fetchExperiment0</strong>", html);
        Assert.Contains("<tr class=\"stage-running\"><th scope=\"row\">fetchExperiment0</th><td>RUNNING</td></tr>", html);
        Assert.Contains("<tr class=\"stage-not_started\"><th scope=\"row\">judge</th><td>NOT STARTED</td></tr>", html);
        Assert.Contains($"<meta http-equiv=\"refresh\" content=\"{ReportDocument.RefreshSeconds}\">", html);
        Assert.DoesNotContain("id=\"metrics\"", html);
        Assert.DoesNotContain("<canvas", html);
        Assert.Contains("data-charts-expected=\"0\"", html);
    }

    [Fact]
    public void A_failed_execution_shows_its_error_and_where_it_stopped()
    {
        var html = ReportFixtures.Render(ReportFixtures.Failed("Prometheus answered 503 for metric 'p99_latency' (experiment)."), null);

        Assert.Contains("data-state=\"failed\"", html);
        Assert.Contains("<p class=\"verdict-label\">FAILED</p>", html);
        Assert.Contains("<p class=\"error-message\">Prometheus answered 503 for metric &#39;p99_latency&#39; (experiment).</p>", html);
        Assert.Single(Regex.Matches(html, "class=\"error-message\""));   // details.error repeats errors[0]: shown once
        Assert.Contains("<span class=\"field-name\">Type:</span> MetricFetchException", html);
        Assert.Contains("<th scope=\"row\">fetchExperiment0</th><td>TERMINAL</td>", html);
        Assert.DoesNotContain("http-equiv=\"refresh\"", html);
        Assert.DoesNotContain("<canvas", html);
    }

    [Fact]
    public void A_canceled_execution_says_canceled()
    {
        var json = ReportFixtures.Failed("canceled by the user");
        json["status"] = "canceled";

        Assert.Contains("<p class=\"verdict-label\">CANCELED</p>", ReportFixtures.Render(json, null));
    }

    private static string Row(string html, string metric) =>
        Regex.Match(html, $"<tr class=\"[^\"]*\" data-metric-name=\"{metric}\".*?</tr>").Value is { Length: > 0 } row
            ? row
            : throw new Xunit.Sdk.XunitException($"No table row for {metric}.");

    internal static string ChartData(string html) =>
        Regex.Match(html, "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("<tr class=\"outcome-[a-z]+\" data-metric-name=\"(?<name>[^\"]*)\"")]
    private static partial Regex MetricRow();

    [GeneratedRegex("<article class=\"metric-card [^\"]+\" id=\"metric-\\d+\" data-metric-name=\"(?<name>[^\"]*)\"")]
    private static partial Regex MetricCard();
}
