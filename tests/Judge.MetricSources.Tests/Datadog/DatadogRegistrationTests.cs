using Judge.MetricSources.Datadog;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static Judge.MetricSources.Tests.Datadog.DatadogQueries;

namespace Judge.MetricSources.Tests.Datadog;

public sealed class DatadogRegistrationTests
{
    [Fact]
    public async Task Each_account_is_its_own_keyed_source_with_its_own_site_and_keys()
    {
        using var us = new DatadogApiFake();
        using var eu = new DatadogApiFake();
        foreach (var fake in new[] { us, eu })
            fake.Server.Given(Request.Create().WithPath("/api/v1/query"))
                .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"status":"ok","series":[]}"""));
        using var services = new ServiceCollection()
            .AddDatadogAccount("us", new DatadogAccountOptions { BaseUrl = us.BaseUrl, ApiKey = "us-api", ApplicationKey = "us-app" }, DatadogApiFake.FastHttp)
            .AddDatadogAccount("eu", new DatadogAccountOptions { BaseUrl = eu.BaseUrl, ApiKey = "eu-api", ApplicationKey = "eu-app" }, DatadogApiFake.FastHttp)
            .BuildServiceProvider();
        var query = Query(new DatadogQueryConfig { MetricName = "avg:system.load.1" });

        var euSource = services.GetRequiredKeyedService<IMetricSource>("eu");
        await euSource.FetchAsync(query, CancellationToken.None);

        Assert.Equal("datadog", euSource.Type);
        Assert.Empty(us.Requests);
        var request = Assert.Single(eu.Requests);
        Assert.Equal("eu-api", DatadogApiFake.HeaderOf(request, "DD-API-KEY"));
        Assert.Equal("eu-app", DatadogApiFake.HeaderOf(request, "DD-APPLICATION-KEY"));
    }

    [Fact]
    public void The_default_site_is_datadoghq_com()
    {
        Assert.Equal("https://api.datadoghq.com", new DatadogAccountOptions().BaseUrl);
    }

    [Fact]
    public void A_base_url_that_is_not_http_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddDatadogAccount("dd",
            new DatadogAccountOptions { BaseUrl = "ftp://example", ApiKey = "k", ApplicationKey = "a" }));

        Assert.Contains("BaseUrl", error.Message);
    }
}
