using Judge.MetricSources.Prometheus;

namespace Judge.MetricSources.Tests.Prometheus;

public class PrometheusQueryBuilderTests
{
    private static readonly Dictionary<string, string> KayentaTemplates = new()
    {
        ["someTemplate"] = "some-label=${scope}",
        ["anotherTemplate"] = "my-server-group=${scope}",
    };

    private const string HistogramQuery =
        "histogram_quantile(0.5, prometheus_http_response_size_bytes_bucket{instance=\"localhost:9090\",handler=\"/graph\"})";

    // Every row of Kayenta's PrometheusMetricsServiceSpec "Can dry-run query generation" (scope null → "").
    public static TheoryData<string[]?, string?, string?, string?, string, string?, string> KayentaVectors => new()
    {
        { ["a=b"], null, null, "gce_instance", "some-server-group", null,
            "avg(some-metric-name{a=b,instance=~\"some-server-group-.{4}\",zone=~\".+/zones/us-central1-.{1}\"})" },
        { ["a=b"], null, "", "gce_instance", "some-server-group", null,
            "avg(some-metric-name{a=b,instance=~\"some-server-group-.{4}\",zone=~\".+/zones/us-central1-.{1}\"})" },
        { ["a=b"], null, null, "aws_ec2_instance", "some-server-group", null,
            "avg(some-metric-name{a=b,asg_groupName=\"some-server-group\",zone=~\"us-central1.{1}\"})" },
        { ["a=b"], null, "", "aws_ec2_instance", "some-server-group", null,
            "avg(some-metric-name{a=b,asg_groupName=\"some-server-group\",zone=~\"us-central1.{1}\"})" },
        { ["a=b"], "someTemplate", null, "gce_instance", "some-app-canary", null,
            "avg(some-metric-name{some-label=some-app-canary,a=b})" },
        { ["a=b"], "someTemplate", "customFilter=something,andSomething=else", "gce_instance", "", null,
            "avg(some-metric-name{customFilter=something,andSomething=else,a=b})" },
        { ["a=b"], null, "customFilter=something,andSomething=else", "gce_instance", "", null,
            "avg(some-metric-name{customFilter=something,andSomething=else,a=b})" },
        { ["a=b"], null, "customFilter=something,andSomething=else", "aws_ec2_instance", "", null,
            "avg(some-metric-name{customFilter=something,andSomething=else,a=b})" },
        { ["a=b"], null, "customFilter=something,andSomething=else", "anything_else", "", null,
            "avg(some-metric-name{customFilter=something,andSomething=else,a=b})" },
        { ["a=b"], "anotherTemplate", null, null, "some-baseline", null,
            "avg(some-metric-name{my-server-group=some-baseline,a=b})" },
        { ["a=b"], "anotherTemplate", null, "", "some-canary", null,
            "avg(some-metric-name{my-server-group=some-canary,a=b})" },
        { null, null, "PromQL:" + HistogramQuery, null, "", null, HistogramQuery },
        { null, null,
            "PromQL:histogram_quantile(0.5, prometheus_http_response_size_bytes_bucket{instance=\"localhost:9090\",handler=\"${scope}\"})",
            null, "/graph", null, HistogramQuery },
        { null, null,
            "PromQL:histogram_quantile(${quantile}, prometheus_http_response_size_bytes_bucket{instance=\"localhost:9090\",handler=\"${scope}\"})",
            null, "/graph", "0.99",
            "histogram_quantile(0.99, prometheus_http_response_size_bytes_bucket{instance=\"localhost:9090\",handler=\"/graph\"})" },
    };

    [Theory]
    [MemberData(nameof(KayentaVectors))]
    public void Builds_every_Kayenta_test_vector(string[]? labelBindings, string? customFilterTemplate, string? customInlineTemplate,
        string? resourceType, string scope, string? quantile, string expected)
    {
        var config = new PrometheusQueryConfig
        {
            MetricName = "some-metric-name",
            LabelBindings = labelBindings,
            CustomFilterTemplate = customFilterTemplate,
            CustomInlineTemplate = customInlineTemplate,
            ResourceType = resourceType,
        };
        var extended = quantile is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["quantile"] = quantile };
        var query = PrometheusQueries.Create(config, scope, "us-central1", extended, KayentaTemplates);

        Assert.Equal(expected, PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Adds_the_project_to_the_gce_zone_regex_and_uses_the_configured_scope_label()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", ResourceType = "gce_instance" },
            "app-v001", "us-east1", new Dictionary<string, string> { ["project"] = "my-project" });

        Assert.Equal("avg(cpu{host=~\"app-v001-.{4}\",zone=~\".+/projects/my-project/zones/us-east1-.{1}\"})",
            PrometheusQueryBuilder.Build(query, "host"));
    }

    [Fact]
    public void Takes_the_resource_type_from_extended_scope_params_when_the_config_has_none()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu" },
            "app-v001", "us-east-1", new Dictionary<string, string> { ["resourceType"] = "aws_ec2_instance" });

        Assert.Equal("avg(cpu{asg_groupName=\"app-v001\",zone=~\"us-east-1.{1}\"})", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Leaves_the_scope_filter_out_of_gce_and_aws_rules_when_the_scope_is_empty()
    {
        var gce = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", ResourceType = "gce_instance" }, "", "eu");
        var aws = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", ResourceType = "aws_ec2_instance" }, "", "eu");

        Assert.Equal("avg(cpu{zone=~\".+/zones/eu-.{1}\"})", PrometheusQueryBuilder.Build(gce));
        Assert.Equal("avg(cpu{zone=~\"eu.{1}\"})", PrometheusQueryBuilder.Build(aws));
    }

    [Fact]
    public void Appends_group_by_fields()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig
        {
            MetricName = "cpu",
            LabelBindings = ["env=\"prod\""],
            GroupByFields = ["location", "zone"],
            CustomInlineTemplate = "version=\"${scope}\"",
        }, "canary");

        Assert.Equal("avg(cpu{version=\"canary\",env=\"prod\"}) by (location,zone)", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Omits_the_braces_when_a_template_expands_to_commas_only_and_there_are_no_label_bindings()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", CustomInlineTemplate = ",," });

        Assert.Equal("avg(cpu)", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Splits_the_template_like_java_dropping_trailing_empty_parts_only()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig
        {
            MetricName = "cpu",
            LabelBindings = ["c=\"d\""],
            CustomInlineTemplate = ",a=\"b\",,",
        });

        Assert.Equal("avg(cpu{,a=\"b\",c=\"d\"})", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Accepts_a_template_stored_in_Kayentas_escaped_form()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", CustomInlineTemplate = "version=\"$\\{scope}\"" }, "canary");

        Assert.Equal("avg(cpu{version=\"canary\"})", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Extended_scope_params_override_the_scope_and_the_config_resource_type_in_bindings()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig
        {
            MetricName = "cpu",
            ResourceType = "from-config",
            CustomInlineTemplate = "a=\"${scope}\",b=\"${resourceType}\",c=\"${project}\",d=\"${location}\"",
        }, "original", "eu", new Dictionary<string, string> { ["scope"] = "overridden", ["project"] = "p1" });

        Assert.Equal("avg(cpu{a=\"overridden\",b=\"from-config\",c=\"p1\",d=\"eu\"})", PrometheusQueryBuilder.Build(query));
    }

    // --- escaping: a scope can select data but never change the query's shape ---

    [Fact]
    public void Escapes_a_quoted_scope_so_an_injection_stays_inside_the_label_value()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", CustomInlineTemplate = "version=\"${scope}\"" },
            "x\"} or vector(1) or {a=\"");

        Assert.Equal("avg(cpu{version=\"x\\\"} or vector(1) or {a=\\\"\"})", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Escapes_backslashes_newlines_and_control_characters_inside_quotes()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { CustomInlineTemplate = "PromQL:up{job=\"${scope}\"}" },
            "a\\b\nc\rd\te\u0001f");

        Assert.Equal("up{job=\"a\\\\b\\nc\\rd\\te\\x01f\"}", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Escapes_for_single_quoted_strings_with_the_single_quote()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { CustomInlineTemplate = "PromQL:up{job='${scope}'}" }, "it's \"x\"");

        Assert.Equal("up{job='it\\'s \"x\"'}", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Refuses_a_backtick_inside_a_raw_string()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { CustomInlineTemplate = "PromQL:up{job=`${scope}`}" }, "a`} or vector(1)");

        var error = Assert.Throws<MetricQueryException>(() => PrometheusQueryBuilder.Build(query));
        Assert.Equal("customInlineTemplate", error.Field);
        Assert.Contains("${scope}", error.Message);
    }

    [Fact]
    public void Regex_escapes_the_scope_and_location_in_the_gce_rule()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", ResourceType = "gce_instance" },
            "app.v1|.*\"", "us(east)", new Dictionary<string, string> { ["project"] = "p+1" });

        Assert.Equal(
            "avg(cpu{instance=~\"app\\\\.v1\\\\|\\\\.\\\\*\\\"-.{4}\",zone=~\".+/projects/p\\\\+1/zones/us\\\\(east\\\\)-.{1}\"})",
            PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Escapes_the_aws_scope_as_a_string_and_the_location_as_a_regex()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", ResourceType = "aws_ec2_instance" },
            "x\"} or vector(1) or {a=\"", "us-east-1.*");

        Assert.Equal("avg(cpu{asg_groupName=\"x\\\"} or vector(1) or {a=\\\"\",zone=~\"us-east-1\\\\.\\\\*.{1}\"})",
            PrometheusQueryBuilder.Build(query));
    }

    [Theory]
    [InlineData("instance=~\"${scope}-.{4}\"")]
    [InlineData("instance !~ \"${scope}-.{4}\"")]
    public void Regex_escapes_a_value_inside_a_template_regex_matcher(string template)
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", CustomInlineTemplate = template }, "a.b");

        Assert.Contains("\"a\\\\.b-.{4}\"", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Does_not_regex_escape_a_value_inside_an_equality_matcher()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", CustomInlineTemplate = "a=\"${scope}\",b=~\"x\"" }, "a.b");

        Assert.Equal("avg(cpu{a=\"a.b\",b=~\"x\"})", PrometheusQueryBuilder.Build(query));
    }

    [Theory]
    [InlineData("x\"} or vector(1) or {a=\"")]
    [InlineData("a b")]
    [InlineData("a,b=c")]
    [InlineData("a)")]
    [InlineData("")]
    public void Refuses_a_value_that_is_not_a_plain_token_where_it_stands_outside_quotes(string scope)
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig
        {
            MetricName = "cpu",
            CustomFilterTemplate = "t",
        }, "safe", extendedScopeParams: new Dictionary<string, string> { ["group"] = scope },
            templates: new Dictionary<string, string> { ["t"] = "version=\"${scope}\",group=${group}" });

        var error = Assert.Throws<MetricQueryException>(() => PrometheusQueryBuilder.Build(query));
        Assert.Equal("customFilterTemplate", error.Field);
        Assert.Contains("${group}", error.Message);
    }

    [Theory]
    [InlineData("0.99")]
    [InlineData("5m")]
    [InlineData("some-app-canary")]
    [InlineData("localhost:9090")]
    public void Accepts_plain_tokens_outside_quotes(string value)
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { CustomInlineTemplate = "PromQL:f(${v})" },
            extendedScopeParams: new Dictionary<string, string> { ["v"] = value });

        Assert.Equal($"f({value})", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void Tracks_quotes_the_way_PromQL_does_escaped_quotes_and_comments_included()
    {
        // The escaped quote does not end the first string; the quote in the comment opens nothing.
        var query = PrometheusQueries.Create(new PrometheusQueryConfig
        {
            CustomInlineTemplate = "PromQL:up{a=\"x\\\"${scope}\"} # it's\n+ on() up{b=\"${scope}\"}",
        }, "q\"");

        Assert.Equal("up{a=\"x\\\"q\\\"\"} # it's\n+ on() up{b=\"q\\\"\"}", PrometheusQueryBuilder.Build(query));
    }

    [Fact]
    public void A_value_cannot_turn_a_filter_template_into_a_whole_query()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", CustomInlineTemplate = "${mode}" },
            extendedScopeParams: new Dictionary<string, string> { ["mode"] = "PromQL:up" });

        Assert.Equal("avg(cpu{PromQL:up})", PrometheusQueryBuilder.Build(query));
    }

    // --- errors name the field ---

    [Fact]
    public void Requires_a_metric_name_unless_the_template_is_PromQL()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { ResourceType = "gce_instance" }, "s", "l");

        var error = Assert.Throws<MetricQueryException>(() => PrometheusQueryBuilder.Build(query));
        Assert.Equal("metricName", error.Field);
    }

    [Fact]
    public void Requires_a_resource_type_or_a_template()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", LabelBindings = ["a=b"] }, "s", "l");

        var error = Assert.Throws<MetricQueryException>(() => PrometheusQueryBuilder.Build(query));
        Assert.Equal("resourceType", error.Field);
        Assert.Contains("custom filter template", error.Message);
    }

    [Fact]
    public void Refuses_an_unsupported_resource_type_without_a_template()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", ResourceType = "k8s_pod" }, "s", "l");

        var error = Assert.Throws<MetricQueryException>(() => PrometheusQueryBuilder.Build(query));
        Assert.Equal("resourceType", error.Field);
        Assert.Contains("k8s_pod", error.Message);
    }

    [Theory]
    [InlineData("gce_instance")]
    [InlineData("aws_ec2_instance")]
    public void Requires_a_location_for_the_built_in_resource_types(string resourceType)
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", ResourceType = resourceType }, "s");

        var error = Assert.Throws<MetricQueryException>(() => PrometheusQueryBuilder.Build(query));
        Assert.Equal("location", error.Field);
    }

    [Fact]
    public void Reports_an_undefined_template_variable()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", CustomInlineTemplate = "a=\"${nope}\"" }, "s");

        var error = Assert.Throws<MetricQueryException>(() => PrometheusQueryBuilder.Build(query));
        Assert.Contains("${nope}", error.Message);
    }

    [Fact]
    public void Reports_an_unknown_filter_template_name()
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", CustomFilterTemplate = "missing" }, "s");

        var error = Assert.Throws<MetricQueryException>(() => PrometheusQueryBuilder.Build(query));
        Assert.Equal("customFilterTemplate", error.Field);
    }
}
