using Judge.MetricSources.Datadog;
using static Judge.MetricSources.Tests.Datadog.DatadogQueries;

namespace Judge.MetricSources.Tests.Datadog;

public sealed class DatadogQueryBuilderTests
{
    [Fact]
    public void Without_a_template_the_query_is_the_metric_name_over_the_scope()
    {
        var query = DatadogQueryBuilder.Build(Query(new DatadogQueryConfig { MetricName = "sum:app.errors" }));

        Assert.Equal("sum:app.errors{tag:some-tag}", query);
    }

    [Fact]
    public void An_empty_scope_selects_every_tag()
    {
        var query = DatadogQueryBuilder.Build(Query(new DatadogQueryConfig { MetricName = "avg:system.cpu.user" }, scope: ""));

        Assert.Equal("avg:system.cpu.user{*}", query);
    }

    [Fact]
    public void The_inline_template_is_the_entire_query()
    {
        var config = new DatadogQueryConfig { CustomInlineTemplate = "sum:app.errors{${scope}}/sum:app.requests{${scope}}" };

        Assert.Equal("sum:app.errors{tag:some-tag}/sum:app.requests{tag:some-tag}", DatadogQueryBuilder.Build(Query(config)));
    }

    [Fact]
    public void A_named_template_is_looked_up_and_may_use_extended_scope_parameters()
    {
        var config = new DatadogQueryConfig { CustomFilterTemplate = "errs" };
        var templates = new Dictionary<string, string> { ["errs"] = "sum:app.errors{${scope},env:${env},!host:canary-*}" };
        var extended = new Dictionary<string, string> { ["env"] = "prod" };

        Assert.Equal("sum:app.errors{tag:some-tag,env:prod,!host:canary-*}", DatadogQueryBuilder.Build(Query(config, extended: extended, templates: templates)));
    }

    [Fact]
    public void A_missing_metric_name_without_a_template_names_the_field()
    {
        var error = Assert.Throws<MetricQueryException>(() => DatadogQueryBuilder.Build(Query(new DatadogQueryConfig())));

        Assert.Equal("metricName", error.Field);
    }

    [Theory]
    [InlineData("x\"} or vector(1) or {a=\"")]
    [InlineData("env:prod} + sum:other{*")]
    [InlineData("env:prod by {host}")]
    [InlineData("a(b)")]
    [InlineData("env:prod\nsum:x{*}")]
    public void A_scope_that_could_leave_the_tag_expression_is_refused(string scope)
    {
        var error = Assert.Throws<MetricQueryException>(() =>
            DatadogQueryBuilder.Build(Query(new DatadogQueryConfig { MetricName = "sum:app.errors" }, scope)));

        Assert.Equal("scope", error.Field);
        Assert.Contains("'scope'", error.Message);
    }

    [Theory]
    [InlineData("x\"} or vector(1) or {a=\"")]
    [InlineData("env:prod} + sum:other{*")]
    public void A_template_variable_that_could_leave_the_tag_expression_is_refused_naming_the_variable(string value)
    {
        var config = new DatadogQueryConfig { CustomInlineTemplate = "sum:app.errors{service:${service}}" };
        var extended = new Dictionary<string, string> { ["service"] = value };

        var error = Assert.Throws<MetricQueryException>(() => DatadogQueryBuilder.Build(Query(config, extended: extended)));

        Assert.Equal("customInlineTemplate", error.Field);
        Assert.Contains("'service'", error.Message);
    }

    [Fact]
    public void An_undefined_template_variable_is_an_error()
    {
        var config = new DatadogQueryConfig { CustomInlineTemplate = "sum:app.errors{${nope}}" };

        Assert.Throws<MetricQueryException>(() => DatadogQueryBuilder.Build(Query(config)));
    }

    [Fact]
    public void A_non_datadog_query_config_is_refused()
    {
        var query = Query(new DatadogQueryConfig()) with { Config = new Judge.MetricSources.Stackdriver.StackdriverQueryConfig { MetricType = "m" } };

        Assert.Equal("type", Assert.Throws<MetricQueryException>(() => DatadogQueryBuilder.Build(query)).Field);
    }
}
