using Judge.MetricSources.Datadog;
using Judge.MetricSources.Prometheus;
using Judge.MetricSources.Templates;

namespace Judge.MetricSources.Tests.Shared;

public class ProviderQueryConfigTests
{
    private static MetricQuery QueryOf(MetricQueryConfig config) => new("m", config,
        new MetricScope("s", null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(1), 60, new Dictionary<string, string>()),
        new Dictionary<string, string>());

    [Fact]
    public void A_providers_own_config_is_returned_as_it_is()
    {
        var config = new DatadogQueryConfig { MetricName = "x" };

        Assert.Same(config, ProviderQueryConfig.Require<DatadogQueryConfig>(QueryOf(config), "Datadog"));
    }

    [Fact]
    public void Another_providers_config_is_a_query_error_on_type()
    {
        var error = Assert.Throws<MetricQueryException>(() =>
            ProviderQueryConfig.Require<DatadogQueryConfig>(QueryOf(new PrometheusQueryConfig()), "Datadog"));

        Assert.Equal("type", error.Field);
        Assert.Contains("'prometheus' query config cannot be served by a Datadog account", error.Message);
    }

    [Fact]
    public void The_template_field_is_the_inline_one_when_set_since_it_wins()
    {
        Assert.Equal("customInlineTemplate", TemplateField.Of(new DatadogQueryConfig { CustomInlineTemplate = "a", CustomFilterTemplate = "b" }));
        Assert.Equal("customFilterTemplate", TemplateField.Of(new DatadogQueryConfig { CustomFilterTemplate = "b" }));
    }
}
