using Judge.Api.Accounts;

namespace Judge.Api.Tests.Accounts;

/// <summary>A BaseUrl's query string or user-info would be dropped by the provider clients: the service refuses to start instead.</summary>
public sealed class BaseUrlTests
{
    [Theory]
    [InlineData("http://127.0.0.1:9090/?token=s3cr3t-token")]
    [InlineData("http://judge:s3cr3t-token@127.0.0.1:9090")]
    [InlineData("http://127.0.0.1:9090/#s3cr3t-token")]
    public void A_base_url_carrying_credentials_is_refused_at_start_up(string baseUrl)
    {
        using var factory = new JudgeApiFactory(new Dictionary<string, string?>
        {
            ["Judge:Accounts:prom:Type"] = "prometheus",
            ["Judge:Accounts:prom:BaseUrl"] = baseUrl,
        });

        var error = Assert.Throws<InvalidAccountConfigurationException>(() => factory.CreateClient());

        Assert.Contains("Judge:Accounts:prom:BaseUrl must not carry", error.Message);
        Assert.DoesNotContain("s3cr3t-token", error.Message);
    }

    [Fact]
    public void A_plain_base_url_with_a_path_starts()
    {
        using var factory = new JudgeApiFactory(new Dictionary<string, string?>
        {
            ["Judge:Accounts:prom:Type"] = "prometheus",
            ["Judge:Accounts:prom:BaseUrl"] = "http://127.0.0.1:9090/prometheus/",
        });

        Assert.NotNull(factory.CreateClient());
    }
}
