using Judge.MetricSources.Prometheus;
using Judge.MetricSources.Tests.Prometheus.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using static Judge.MetricSources.Tests.Prometheus.Fixtures.PrometheusHistory;

namespace Judge.MetricSources.Tests.Prometheus;

/// <summary>Queries a real Prometheus backfilled with <see cref="PrometheusHistory"/>; the window is minutes 10..50.</summary>
[Collection(PrometheusServerCollection.Name)]
public sealed class PrometheusServerTests : IDisposable
{
    private const string Account = "real-prometheus";
    private const int FirstMinute = 10;
    private const int LastQueriedMinute = 50;
    private const int Points = LastQueriedMinute - FirstMinute + 1;
    private const string Injection = "x\"} or vector(1) or {a=\"";

    private readonly ServiceProvider _services;
    private readonly PrometheusMetricSource _source;

    public PrometheusServerTests(PrometheusServerFixture server)
    {
        _services = new ServiceCollection()
            .AddPrometheusAccount(Account, new PrometheusAccountOptions { BaseUrl = server.BaseUrl.ToString() })
            .BuildServiceProvider();
        _source = _services.GetRequiredKeyedService<PrometheusMetricSource>(Account);
    }

    public void Dispose() => _services.Dispose();

    private Task<IReadOnlyList<MetricSet>> FetchAsync(PrometheusQueryConfig config, string scope = "", string? location = null,
        Dictionary<string, string>? extended = null, Dictionary<string, string>? templates = null) =>
        _services.GetRequiredKeyedService<IMetricSource>(Account).FetchAsync(
            PrometheusQueries.Create(config, scope, location, extended, templates,
                AtMinute(FirstMinute), AtMinute(LastQueriedMinute), 60, metricName: "the-metric"),
            CancellationToken.None);

    private static double[] Expected(Func<int, double> valueAtMinute) =>
        Enumerable.Range(FirstMinute, Points).Select(valueAtMinute).ToArray();

    private static void AssertValues(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(expected[i].Equals(actual[i]) || Math.Abs(expected[i] - actual[i]) < 1e-9,
                $"value {i} (minute {FirstMinute + i}): expected {expected[i]}, got {actual[i]}");
    }

    [Fact]
    public async Task Gce_rule_selects_by_regex_escaped_scope_and_project()
    {
        var config = new PrometheusQueryConfig { MetricName = "gce_cpu", ResourceType = "gce_instance" };

        var withProject = Assert.Single(await FetchAsync(config, "app.canary", "us-central1", new() { ["project"] = "proj-1" }));
        var withoutProject = Assert.Single(await FetchAsync(config, "app.canary", "us-central1"));

        // appXcanary-efgh (99) would match if the '.' in the scope were a regex wildcard.
        AssertValues(Expected(_ => 10), withProject.Values);
        AssertValues(Expected(_ => (10 + 30) / 2.0), withoutProject.Values);
        Assert.Empty(withProject.Tags);
    }

    [Fact]
    public async Task Aws_rule_with_label_bindings()
    {
        var config = new PrometheusQueryConfig { MetricName = "aws_cpu", ResourceType = "aws_ec2_instance", LabelBindings = ["zone!=\"us-east-1b\""] };

        var set = Assert.Single(await FetchAsync(config, "app-v001", "us-east-1"));

        Assert.Equal("avg(aws_cpu{zone!=\"us-east-1b\",asg_groupName=\"app-v001\",zone=~\"us-east-1.{1}\"})", set.Attributes["query"]);
        AssertValues(Expected(_ => 5), set.Values);
    }

    [Fact]
    public async Task Metric_name_with_template_and_label_bindings_returns_one_aligned_set()
    {
        var config = new PrometheusQueryConfig
        {
            MetricName = "memory_used",
            CustomInlineTemplate = "version=\"${scope}\"",
            LabelBindings = ["location=\"us-east1\""],
        };

        var set = Assert.Single(await FetchAsync(config, "baseline"));

        Assert.Equal("the-metric", set.Name);
        Assert.Equal("avg(memory_used{version=\"baseline\",location=\"us-east1\"})", set.Attributes["query"]);
        Assert.Equal(AtMinute(FirstMinute).ToUnixTimeMilliseconds(), set.StartTimeMillis);
        Assert.Equal("2024-01-01T00:10:00Z", set.StartTimeIso);
        Assert.Equal(60_000, set.StepMillis);
        Assert.Equal(AtMinute(FirstMinute + Points).ToUnixTimeMilliseconds(), set.EndTimeMillis);
        Assert.Equal("2024-01-01T00:51:00Z", set.EndTimeIso);
        AssertValues(Expected(m => Memory("baseline", "us-east1", m)), set.Values);
    }

    [Fact]
    public async Task Group_by_returns_one_tagged_set_per_group()
    {
        var config = new PrometheusQueryConfig
        {
            MetricName = "memory_used",
            CustomInlineTemplate = "version=\"${scope}\"",
            GroupByFields = ["location"],
        };

        var sets = await FetchAsync(config, "canary");

        Assert.Equal(2, sets.Count);
        var east = Assert.Single(sets, s => s.Tags.GetValueOrDefault("location") == "us-east1");
        var west = Assert.Single(sets, s => s.Tags.GetValueOrDefault("location") == "us-west1");
        Assert.Equal(new Dictionary<string, string> { ["location"] = "us-east1" }, east.Tags);
        AssertValues(Expected(m => Memory("canary", "us-east1", m)), east.Values);
        AssertValues(Expected(m => Memory("canary", "us-west1", m)), west.Values);
        Assert.All(sets, s => Assert.Equal("avg(memory_used{version=\"canary\"}) by (location)", s.Attributes["query"]));
    }

    [Theory]
    [InlineData("baseline", 1.0)]
    [InlineData("canary", 2.0)]
    public async Task Inline_PromQL_with_rate(string version, double perSecond)
    {
        var config = new PrometheusQueryConfig { CustomInlineTemplate = "PromQL:sum(rate(http_requests_total{version=\"${scope}\"}[5m]))" };

        var set = Assert.Single(await FetchAsync(config, version));

        Assert.Equal($"sum(rate(http_requests_total{{version=\"{version}\"}}[5m]))", set.Attributes["query"]);
        AssertValues(Expected(_ => perSecond), set.Values);
    }

    [Theory]
    [InlineData("baseline", 0.5)]
    [InlineData("canary", 0.6)]
    public async Task Inline_PromQL_with_histogram_quantile_and_an_extended_param(string version, double median)
    {
        var config = new PrometheusQueryConfig
        {
            CustomInlineTemplate =
                "PromQL:histogram_quantile(${quantile}, sum by (le) (rate(http_request_duration_seconds_bucket{version=\"${scope}\"}[5m])))",
        };

        var set = Assert.Single(await FetchAsync(config, version, extended: new() { ["quantile"] = "0.5" }));

        AssertValues(Expected(_ => median), set.Values);
    }

    [Fact]
    public async Task Custom_filter_template_binds_scope_location_and_extended_params()
    {
        var templates = new Dictionary<string, string> { ["byVersion"] = "version=\"${scope}\",location=\"${location}\",env=\"${env}\"" };
        var config = new PrometheusQueryConfig { MetricName = "memory_used", CustomFilterTemplate = "byVersion" };

        var set = Assert.Single(await FetchAsync(config, "canary", "us-west1", new() { ["env"] = "prod" }, templates));

        Assert.Equal("avg(memory_used{version=\"canary\",location=\"us-west1\",env=\"prod\"})", set.Attributes["query"]);
        AssertValues(Expected(m => Memory("canary", "us-west1", m)), set.Values);
    }

    [Fact]
    public async Task A_missing_sample_is_NaN_at_its_own_step_and_later_values_do_not_shift()
    {
        var config = new PrometheusQueryConfig { CustomInlineTemplate = "PromQL:queue_depth{version=\"${scope}\"}" };

        var set = Assert.Single(await FetchAsync(config, "baseline"));

        AssertValues(Expected(m => QueueDepth(m) ?? double.NaN), set.Values);
        Assert.True(double.IsNaN(set.Values[20 - FirstMinute]));
        Assert.Equal(1.5 * 25, set.Values[25 - FirstMinute]);
        Assert.Equal(new Dictionary<string, string> { ["version"] = "baseline" }, set.Tags);
    }

    [Fact]
    public async Task NaN_and_infinities_come_back_as_special_doubles()
    {
        var set = Assert.Single(await FetchAsync(new PrometheusQueryConfig { CustomInlineTemplate = "PromQL:special_values" }));

        Assert.True(double.IsNaN(set.Values[31 - FirstMinute]));
        Assert.Equal(double.PositiveInfinity, set.Values[32 - FirstMinute]);
        Assert.Equal(double.NegativeInfinity, set.Values[33 - FirstMinute]);
        Assert.Equal(34, set.Values[34 - FirstMinute]);
        Assert.Equal(new Dictionary<string, string> { ["kind"] = "specials" }, set.Tags); // __name__ dropped
    }

    [Fact]
    public async Task No_data_gives_one_placeholder_set_with_the_requested_window()
    {
        var config = new PrometheusQueryConfig { MetricName = "no_such_metric", CustomInlineTemplate = "version=\"${scope}\"" };

        var set = Assert.Single(await FetchAsync(config, "baseline"));

        Assert.Empty(set.Values);
        Assert.Empty(set.Tags);
        Assert.Equal("the-metric", set.Name);
        Assert.Equal("2024-01-01T00:10:00Z", set.StartTimeIso);
        Assert.Equal("2024-01-01T00:50:00Z", set.EndTimeIso);
        Assert.Equal(AtMinute(LastQueriedMinute).ToUnixTimeMilliseconds(), set.EndTimeMillis);
        Assert.Equal(60_000, set.StepMillis);
        Assert.Equal("avg(no_such_metric{version=\"baseline\"})", set.Attributes["query"]);
    }

    [Fact]
    public async Task A_quoted_injection_selects_nothing_exactly_like_a_scope_that_matches_nothing()
    {
        var config = new PrometheusQueryConfig { MetricName = "memory_used", CustomInlineTemplate = "version=\"${scope}\"" };

        var injected = Assert.Single(await FetchAsync(config, Injection));
        var nonMatching = Assert.Single(await FetchAsync(config, "no-such-version"));

        Assert.Equal("avg(memory_used{version=\"x\\\"} or vector(1) or {a=\\\"\"})", injected.Attributes["query"]);
        Assert.Empty(injected.Values);
        Assert.Empty(injected.Tags);
        Assert.Equal(nonMatching.Values, injected.Values);
        Assert.Equal(nonMatching.Tags, injected.Tags);
    }

    [Fact]
    public async Task The_same_injection_spliced_in_raw_as_Kayenta_does_would_have_returned_data()
    {
        // Proves the escaping is what keeps the data out: Kayenta-style raw substitution returns vector(1).
        var raw = "avg(memory_used{version=\"x\"} or vector(1) or up{a=\"\"})";
        var api = _services.GetRequiredKeyedService<IPrometheusApi>(Account);

        using var response = await api.QueryRangeAsync(raw, "2024-01-01T00:10:00Z", "2024-01-01T00:50:00Z", 60, CancellationToken.None);

        Assert.True(response.IsSuccessStatusCode);
        var series = Assert.Single(response.Content!.Data!.Result!);
        Assert.All(series.Values!, sample => Assert.Equal(1, sample.Value));
    }

    [Theory]
    [InlineData("aws_ec2_instance")]
    [InlineData("gce_instance")]
    public async Task Injections_through_the_built_in_rules_select_nothing(string resourceType)
    {
        var config = new PrometheusQueryConfig { MetricName = "aws_cpu", ResourceType = resourceType };

        var set = Assert.Single(await FetchAsync(config, "x\"} or vector(1) or up{a=\"", "us-east-1"));

        Assert.Empty(set.Values);
    }

    [Fact]
    public async Task A_scope_holding_quotes_and_backslashes_matches_its_literal_label_value()
    {
        var config = new PrometheusQueryConfig { MetricName = "memory_used", CustomInlineTemplate = "version=\"${scope}\"" };

        var set = Assert.Single(await FetchAsync(config, WeirdVersion));

        AssertValues(Expected(_ => WeirdMemory), set.Values);
    }

    [Fact]
    public async Task Control_characters_are_escaped_into_valid_PromQL()
    {
        var config = new PrometheusQueryConfig { MetricName = "memory_used", CustomInlineTemplate = "version=~\"${scope}\"" };

        var set = Assert.Single(await FetchAsync(config, "a\nb\r\t\u0001\\\"'`.*(|&%#+ ?="));

        Assert.Empty(set.Values);
    }

    [Fact]
    public async Task Operators_in_the_query_survive_url_encoding()
    {
        var config = new PrometheusQueryConfig { CustomInlineTemplate = "PromQL:sum(memory_used{version=\"${scope}\",location=\"us-east1\"})+1" };

        var set = Assert.Single(await FetchAsync(config, "baseline"));

        AssertValues(Expected(m => Memory("baseline", "us-east1", m) + 1), set.Values);
    }

    [Fact]
    public async Task A_bare_injection_is_refused_before_anything_is_sent()
    {
        var config = new PrometheusQueryConfig { MetricName = "memory_used", CustomInlineTemplate = "version=${scope}" };

        var error = await Assert.ThrowsAsync<MetricQueryException>(() => FetchAsync(config, Injection));

        Assert.Equal("customInlineTemplate", error.Field);
        Assert.Contains("${scope}", error.Message);
    }

    [Fact]
    public async Task A_query_Prometheus_rejects_becomes_a_fetch_exception_naming_metric_and_account()
    {
        var error = await Assert.ThrowsAsync<MetricFetchException>(() =>
            FetchAsync(new PrometheusQueryConfig { CustomInlineTemplate = "PromQL:sum(" }));

        Assert.Equal("the-metric", error.MetricName);
        Assert.Equal(Account, error.AccountName);
        Assert.Contains("the-metric", error.Message);
        Assert.Contains(Account, error.Message);
        Assert.Contains("HTTP 400", error.Message);
        Assert.Contains("bad_data", error.Message);
    }

    [Fact]
    public async Task Lists_metric_names_and_reports_health()
    {
        var names = await _source.GetMetricNamesAsync("MEMORY", CancellationToken.None);

        Assert.Equal(["memory_used"], names);
        Assert.True(await _source.IsHealthyAsync(CancellationToken.None));
    }
}
