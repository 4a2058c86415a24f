using Judge.MetricSources.Stackdriver;
using static Judge.MetricSources.Tests.Stackdriver.StackdriverQueries;

namespace Judge.MetricSources.Tests.Stackdriver;

public sealed class StackdriverQueryBuilderTests
{
    private const string CpuPrefix = "metric.type=\"compute.googleapis.com/instance/cpu/utilization\" AND resource.type=";

    private static StackdriverRequest Build(MetricQuery query) => StackdriverQueryBuilder.Build(query, "account-project");

    [Fact]
    public void Gce_instance_scopes_by_project_region_and_server_group()
    {
        var request = Build(Query(Cpu()));

        Assert.Equal(CpuPrefix + "\"gce_instance\" AND project=\"account-project\" AND metadata.user_labels.\"spinnaker-region\"=\"us-central1\""
            + " AND metadata.user_labels.\"spinnaker-server-group\"=\"myapp-v010\"", request.Filter);
        Assert.Equal("account-project", request.Project);
        Assert.Equal("ALIGN_MEAN", request.PerSeriesAligner);
        Assert.Equal("REDUCE_MEAN", request.CrossSeriesReducer);
        Assert.Equal("60s", request.AlignmentPeriod);
    }

    [Fact]
    public void The_scope_project_wins_for_both_filter_and_path()
    {
        var request = Build(Query(Cpu(), extended: new Dictionary<string, string> { ["project"] = "scope-project" }));

        Assert.Equal("scope-project", request.Project);
        Assert.Contains(" AND project=\"scope-project\" ", request.Filter);
    }

    [Fact]
    public void Aws_ec2_instance_scopes_by_region_and_autoscaling_group()
    {
        var request = Build(Query(Cpu("aws_ec2_instance"), location: "us-east-1"));

        Assert.Equal(CpuPrefix + "\"aws_ec2_instance\" AND resource.labels.region=\"aws:us-east-1\""
            + " AND metadata.user_labels.\"aws:autoscaling:groupname\"=\"myapp-v010\"", request.Filter);
    }

    [Fact]
    public void Gae_app_scopes_by_version_and_optional_service()
    {
        var request = Build(Query(Cpu("gae_app"), extended: new Dictionary<string, string> { ["service"] = "default" }));

        Assert.Equal(CpuPrefix + "\"gae_app\" AND project=\"account-project\" AND resource.labels.version_id=\"myapp-v010\""
            + " AND resource.labels.module_id=\"default\"", request.Filter);
    }

    [Fact]
    public void Kubernetes_types_scope_by_resource_labels_in_order_then_user_labels()
    {
        var extended = new Dictionary<string, string>
        {
            ["user_labels.team"] = "payments",
            ["namespace_name"] = "prod",
            ["cluster_name"] = "main",
            ["location"] = "europe-west1",
            ["unrelated"] = "ignored",
            ["user_labels.app"] = "myapp",
        };

        var request = Build(Query(Cpu("k8s_container"), extended: extended));

        Assert.Equal(CpuPrefix + "\"k8s_container\" AND project=\"account-project\" AND resource.labels.location=\"europe-west1\""
            + " AND resource.labels.cluster_name=\"main\" AND resource.labels.namespace_name=\"prod\""
            + " AND metadata.user_labels.\"app\"=\"myapp\" AND metadata.user_labels.\"team\"=\"payments\"", request.Filter);
    }

    [Fact]
    public void Gke_container_uses_its_own_label_keys()
    {
        var extended = new Dictionary<string, string> { ["zone"] = "us-central1-a", ["pod_id"] = "p-1", ["location"] = "not-a-gke-key" };

        var request = Build(Query(Cpu("gke_container"), extended: extended));

        Assert.Equal(CpuPrefix + "\"gke_container\" AND project=\"account-project\" AND resource.labels.pod_id=\"p-1\""
            + " AND resource.labels.zone=\"us-central1-a\"", request.Filter);
    }

    [Fact]
    public void Global_adds_nothing()
    {
        Assert.Equal(CpuPrefix + "\"global\"", Build(Query(Cpu("global"))).Filter);
    }

    [Fact]
    public void An_unknown_resource_type_without_a_template_is_refused()
    {
        Assert.Equal("resourceType", Assert.Throws<MetricQueryException>(() => Build(Query(Cpu("cloud_run_revision")))).Field);
    }

    [Fact]
    public void A_template_is_appended_and_may_use_any_resource_type()
    {
        var config = Cpu("cloud_run_revision") with
        {
            CustomInlineTemplate = "resource.labels.service_name=\"${scope}\" AND resource.labels.location=${location} AND project=${project}",
        };

        var request = Build(Query(config));

        Assert.Equal(CpuPrefix + "\"cloud_run_revision\" AND resource.labels.service_name=\"myapp-v010\" AND resource.labels.location=us-central1"
            + " AND project=account-project", request.Filter);
    }

    [Fact]
    public void A_named_template_accepts_the_escaped_form_and_resource_type_binding()
    {
        var config = Cpu() with { CustomFilterTemplate = "t" };
        var templates = new Dictionary<string, string> { ["t"] = "resource.type=$\\{resourceType} AND metric.labels.instance_name=\"$\\{scope}\"" };

        var request = Build(Query(config, templates: templates));

        Assert.EndsWith(" AND resource.type=gce_instance AND metric.labels.instance_name=\"myapp-v010\"", request.Filter);
    }

    [Fact]
    public void A_quote_in_a_scope_stays_inside_its_literal()
    {
        var request = Build(Query(Cpu(), scope: "x\" OR metric.type=\"other"));

        Assert.EndsWith("metadata.user_labels.\"spinnaker-server-group\"=\"x\\\" OR metric.type=\\\"other\"", request.Filter);
    }

    [Fact]
    public void A_backslash_cannot_unescape_the_closing_quote()
    {
        var config = Cpu() with { CustomInlineTemplate = "metric.labels.name=\"${scope}\"" };

        var request = Build(Query(config, scope: "a\\\" OR project=\"evil"));

        Assert.EndsWith(" AND metric.labels.name=\"a\\\\\\\" OR project=\\\"evil\"", request.Filter);
    }

    [Theory]
    [InlineData("a OR project=evil")]
    [InlineData("x\"")]
    [InlineData("a:b")]
    [InlineData("(a)")]
    [InlineData("OR")]
    [InlineData("-a")]
    public void An_unquoted_template_placeholder_accepts_only_plain_tokens(string location)
    {
        var config = Cpu() with { CustomInlineTemplate = "resource.labels.zone=${location}" };

        var error = Assert.Throws<MetricQueryException>(() => Build(Query(config, location: location)));

        Assert.Equal("customInlineTemplate", error.Field);
        Assert.Contains("'location'", error.Message);
    }

    [Fact]
    public void A_control_character_is_refused()
    {
        Assert.Equal("scope", Assert.Throws<MetricQueryException>(() => Build(Query(Cpu(), scope: "a\nb"))).Field);
    }

    [Theory]
    [InlineData("../other")]
    [InlineData("..")]
    [InlineData("p/timeSeries")]
    [InlineData("p?x=1")]
    public void A_project_that_could_leave_its_path_segment_is_refused(string project)
    {
        var query = Query(Cpu(), extended: new Dictionary<string, string> { ["project"] = project });

        Assert.Equal("project", Assert.Throws<MetricQueryException>(() => Build(query)).Field);
    }

    [Fact]
    public void Aligner_and_reducer_come_from_the_config_then_the_scope()
    {
        var extended = new Dictionary<string, string> { ["perSeriesAligner"] = "ALIGN_RATE", ["crossSeriesReducer"] = "REDUCE_SUM" };

        var fromScope = Build(Query(Cpu(), extended: extended));
        var fromConfig = Build(Query(Cpu() with { PerSeriesAligner = "ALIGN_DELTA", CrossSeriesReducer = "REDUCE_MAX" }, extended: extended));

        Assert.Equal(("ALIGN_RATE", "REDUCE_SUM"), (fromScope.PerSeriesAligner, fromScope.CrossSeriesReducer));
        Assert.Equal(("ALIGN_DELTA", "REDUCE_MAX"), (fromConfig.PerSeriesAligner, fromConfig.CrossSeriesReducer));
    }

    [Fact]
    public void A_malformed_aligner_is_refused()
    {
        var query = Query(Cpu() with { PerSeriesAligner = "ALIGN_MEAN&filter=x" });

        Assert.Equal("perSeriesAligner", Assert.Throws<MetricQueryException>(() => Build(query)).Field);
    }

    [Theory]
    [InlineData(null, "us-central1", "metricType")]
    [InlineData("gce_instance", null, "location")]
    public void Missing_required_fields_are_named(string? resourceType, string? location, string field)
    {
        var config = resourceType is null ? new StackdriverQueryConfig { ResourceType = "gce_instance" } : Cpu(resourceType);

        Assert.Equal(field, Assert.Throws<MetricQueryException>(() => Build(Query(config, location: location))).Field);
    }

    [Fact]
    public void A_missing_resource_type_is_named()
    {
        var config = new StackdriverQueryConfig { MetricType = "m" };

        Assert.Equal("resourceType", Assert.Throws<MetricQueryException>(() => Build(Query(config))).Field);
    }

    [Fact]
    public void The_resource_type_may_come_from_the_scope()
    {
        var config = new StackdriverQueryConfig { MetricType = "m" };

        var request = Build(Query(config, extended: new Dictionary<string, string> { ["resourceType"] = "global" }));

        Assert.Equal("metric.type=\"m\" AND resource.type=\"global\"", request.Filter);
    }

    [Fact]
    public void A_non_positive_step_is_refused()
    {
        Assert.Equal("step", Assert.Throws<MetricQueryException>(() => Build(Query(Cpu(), step: 0))).Field);
    }
}
