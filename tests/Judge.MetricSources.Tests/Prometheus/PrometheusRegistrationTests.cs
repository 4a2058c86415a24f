using Judge.MetricSources.Prometheus;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.MetricSources.Tests.Prometheus;

public class PrometheusRegistrationTests
{
    [Fact]
    public void Each_account_resolves_to_its_own_keyed_source()
    {
        using var provider = new ServiceCollection()
            .AddPrometheusAccount("east", new PrometheusAccountOptions { BaseUrl = "http://127.0.0.1:19090" })
            .AddPrometheusAccount("west", new PrometheusAccountOptions { BaseUrl = "http://127.0.0.1:19091/prometheus" })
            .BuildServiceProvider();

        var east = provider.GetRequiredKeyedService<IMetricSource>("east");
        var west = provider.GetRequiredKeyedService<IMetricSource>("west");

        Assert.Equal("prometheus", east.Type);
        Assert.Equal("east", Assert.IsType<PrometheusMetricSource>(east).AccountName);
        Assert.Equal("west", Assert.IsType<PrometheusMetricSource>(west).AccountName);
        Assert.Same(east, provider.GetRequiredKeyedService<IMetricSource>("east"));
        Assert.Null(provider.GetKeyedService<IMetricSource>("north"));
    }

    [Fact]
    public void The_named_http_client_carries_the_account_base_address()
    {
        using var provider = new ServiceCollection()
            .AddPrometheusAccount("east", new PrometheusAccountOptions { BaseUrl = "http://127.0.0.1:19090/prom/" })
            .BuildServiceProvider();

        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("prometheus:east");

        Assert.Equal(new Uri("http://127.0.0.1:19090/prom"), client.BaseAddress);
    }

    [Fact]
    public void Refuses_a_second_account_with_the_same_name()
    {
        var services = new ServiceCollection().AddPrometheusAccount("east", new PrometheusAccountOptions { BaseUrl = "http://127.0.0.1:1" });

        var error = Assert.Throws<InvalidOperationException>(() =>
            services.AddPrometheusAccount("east", new PrometheusAccountOptions { BaseUrl = "http://127.0.0.1:2" }));
        Assert.Contains("east", error.Message);
    }

    [Fact]
    public void Uses_a_copy_of_the_options_so_later_changes_do_not_leak_in()
    {
        var options = new PrometheusAccountOptions { BaseUrl = "http://127.0.0.1:1", ScopeLabel = "host" };
        using var provider = new ServiceCollection().AddPrometheusAccount("east", options).BuildServiceProvider();
        options.ScopeLabel = "changed";

        var source = provider.GetRequiredKeyedService<IMetricSource>("east");
        var query = PrometheusQueries.Create(new PrometheusQueryConfig { MetricName = "cpu", ResourceType = "gce_instance" }, "app", "eu");

        Assert.StartsWith("avg(cpu{host=~", source.BuildQuery(query));
    }

    [Theory]
    [InlineData("", null, null, null, "instance", "BaseUrl")]
    [InlineData("ftp://host", null, null, null, "instance", "BaseUrl")]
    [InlineData("http://user:pw@host:9090", null, null, null, "instance", "BaseUrl")]
    [InlineData("http://host:9090", "user", null, null, "instance", "Password")]
    [InlineData("http://host:9090", null, "pw", null, "instance", "Password")]
    [InlineData("http://host:9090", "us:er", "pw", null, "instance", "Username")]
    [InlineData("http://host:9090", "user", "pw", "token", "instance", "BearerToken")]
    [InlineData("http://host:9090", null, null, null, "bad label", "ScopeLabel")]
    public void Refuses_invalid_account_options_naming_the_option(string baseUrl, string? username, string? password, string? token,
        string scopeLabel, string option)
    {
        var options = new PrometheusAccountOptions
        {
            BaseUrl = baseUrl, Username = username, Password = password, BearerToken = token, ScopeLabel = scopeLabel,
        };

        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddPrometheusAccount("acct", options));

        Assert.Equal(option, error.ParamName);
        Assert.Contains("acct", error.Message);
        if (password is not null) Assert.DoesNotContain(password, error.Message);
    }

    [Fact]
    public void Refuses_an_empty_account_name()
    {
        Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddPrometheusAccount(" ", new PrometheusAccountOptions { BaseUrl = "http://127.0.0.1:1" }));
    }
}
