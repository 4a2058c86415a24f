using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Apis;

public sealed class CredentialsApiTests
{
    private static readonly string[] Secrets = ["p4ssw0rd-secret", "bearer-token-secret", "dd-api-key-secret", "dd-app-key-secret", "s3-secret-access-key", "AKIDSECRETID", "url-query-secret"];

    [Fact]
    public async Task Lists_every_account_with_its_types_and_no_secret()
    {
        await using var factory = new JudgeApiFactory(new Dictionary<string, string?>
        {
            ["Judge:Accounts:prom-basic:Type"] = "prometheus",
            ["Judge:Accounts:prom-basic:BaseUrl"] = "http://127.0.0.1:9090/prom/",
            ["Judge:Accounts:prom-basic:Username"] = "judge",
            ["Judge:Accounts:prom-basic:Password"] = Secrets[0],
            ["Judge:Accounts:prom-bearer:Type"] = "prometheus",
            ["Judge:Accounts:prom-bearer:BaseUrl"] = "https://127.0.0.1:9091",
            ["Judge:Accounts:prom-bearer:BearerToken"] = Secrets[1],
            ["Judge:Accounts:dd:Type"] = "datadog",
            ["Judge:Accounts:dd:BaseUrl"] = "https://127.0.0.1:8126/",
            ["Judge:Accounts:dd:ApiKey"] = Secrets[2],
            ["Judge:Accounts:dd:ApplicationKey"] = Secrets[3],
            ["Judge:Accounts:gcp:Type"] = "stackdriver",
            ["Judge:Accounts:gcp:Project"] = "my-project",
            ["Judge:Accounts:gcp:BaseUrl"] = "http://127.0.0.1:8127/",
            ["Judge:Accounts:gcp:TokenUrl"] = "http://127.0.0.1:8127/token",
            ["Judge:Accounts:s3:Type"] = "s3",
            ["Judge:Accounts:s3:Bucket"] = "canary",
            ["Judge:Accounts:s3:ServiceUrl"] = "http://127.0.0.1:4568",
            ["Judge:Accounts:s3:ForcePathStyle"] = "true",
            ["Judge:Accounts:s3:AccessKeyId"] = Secrets[5],
            ["Judge:Accounts:s3:SecretAccessKey"] = Secrets[4],
        });
        var client = factory.CreateClient();

        var text = await client.GetStringAsync("/credentials");

        foreach (var secret in Secrets)
            Assert.DoesNotContain(secret, text);
        var accounts = JsonNode.Parse(text)!.AsArray().ToDictionary(a => a!["name"]!.GetValue<string>(), a => a!.AsObject());
        Assert.Equal(["dd", "gcp", "prom-basic", "prom-bearer", "s3"], accounts.Keys.Order());
        Assert.Equal("my-project", accounts["gcp"]["project"]!.GetValue<string>());
        Assert.Equal("prometheus", accounts["prom-basic"]["type"]!.GetValue<string>());
        Assert.Equal("http://127.0.0.1:9090/prom/", accounts["prom-basic"]["baseUrl"]!.GetValue<string>());
        Assert.Equal(["METRICS_STORE"], accounts["prom-bearer"]["supportedTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("https://127.0.0.1:8126/", accounts["dd"]["baseUrl"]!.GetValue<string>());
        Assert.Equal(["OBJECT_STORE", "CONFIGURATION_STORE"], accounts["s3"]["supportedTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("canary", accounts["s3"]["bucket"]!.GetValue<string>());
        Assert.True(accounts["s3"]["forcePathStyle"]!.GetValue<bool>());
        Assert.Empty(accounts["s3"]["locations"]!.AsArray());
        Assert.False(accounts["prom-basic"].ContainsKey("username"));
    }
}
