using Judge.MetricSources.Datadog;
using Judge.MetricSources.Prometheus;
using Judge.MetricSources.Stackdriver;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.MetricSources.Tests.Shared;

/// <summary>What every provider's registration shares: one namespace of account names, named clients, keyed sources.</summary>
public class MetricSourceRegistrationTests
{
    private static readonly PrometheusAccountOptions Prometheus = new() { BaseUrl = "http://127.0.0.1:19090" };
    private static readonly DatadogAccountOptions Datadog = new() { BaseUrl = "http://127.0.0.1:19091", ApiKey = "k", ApplicationKey = "a" };
    private static readonly StackdriverAccountOptions Stackdriver = new() { BaseUrl = "http://127.0.0.1:19092/", Project = "p" };

    public static TheoryData<string> Registrations => ["prometheus", "datadog", "stackdriver"];

    private static IServiceCollection Add(IServiceCollection services, string type, string accountName) => type switch
    {
        "prometheus" => services.AddPrometheusAccount(accountName, Prometheus),
        "datadog" => services.AddDatadogAccount(accountName, Datadog),
        _ => services.AddStackdriverAccount(accountName, Stackdriver),
    };

    [Theory]
    [MemberData(nameof(Registrations))]
    public void An_account_is_a_keyed_source_of_its_type_over_a_named_client(string type)
    {
        using var provider = Add(new ServiceCollection(), type, "acct").BuildServiceProvider();

        var source = provider.GetRequiredKeyedService<IMetricSource>("acct");
        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient($"{type}:acct");

        Assert.Equal(type, source.Type);
        Assert.Same(source, provider.GetRequiredKeyedService<IMetricSource>("acct"));
        Assert.Same(source, provider.GetRequiredKeyedService(source.GetType(), "acct"));
        Assert.StartsWith("http://127.0.0.1:1909", client.BaseAddress!.ToString());
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    [Theory]
    [MemberData(nameof(Registrations))]
    public void An_account_name_already_taken_by_any_provider_is_refused(string type)
    {
        foreach (var first in new[] { "prometheus", "datadog", "stackdriver" })
        {
            var services = Add(new ServiceCollection(), first, "shared");

            var error = Assert.Throws<InvalidOperationException>(() => Add(services, type, "shared"));

            Assert.Contains("'shared'", error.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Registrations))]
    public void An_empty_account_name_is_refused(string type)
    {
        Assert.ThrowsAny<ArgumentException>(() => Add(new ServiceCollection(), type, " "));
    }

    [Theory]
    [InlineData("http://host:9090", true)]
    [InlineData("https://host/prefix/", true)]
    [InlineData("ftp://host", false)]
    [InlineData("host:9090", false)]
    [InlineData("/relative", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_absolute_http_urls_are_base_urls(string? text, bool expected)
    {
        Assert.Equal(expected, MetricSourceRegistration.IsHttpUrl(text, out _));
    }

    [Fact]
    public void A_bad_url_option_is_refused_naming_provider_account_and_option()
    {
        var error = Assert.Throws<ArgumentException>(() => MetricSourceRegistration.RequireHttpUrl("ftp://x", "Datadog", "dd", "BaseUrl"));

        Assert.Equal("BaseUrl", error.ParamName);
        Assert.StartsWith("Datadog account 'dd': BaseUrl must be an absolute http(s) URL.", error.Message);
    }
}
