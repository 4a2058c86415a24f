using Judge.Api.Accounts;
using Microsoft.Extensions.Configuration;

namespace Judge.Api.Tests.Accounts;

public sealed class AccountConfigurationTests
{
    private static IConfiguration Judge(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create("Judge:" + s.Key, (string?)s.Value)))
            .Build().GetSection("Judge");

    [Fact]
    public void Without_a_storage_account_an_embedded_filesystem_account_is_added()
    {
        var accounts = AccountConfigurationReader.Read(Judge(("Accounts:prom:Type", "prometheus"), ("Accounts:prom:BaseUrl", "http://127.0.0.1:9090")));

        Assert.Equal(["prom", "local"], accounts.Select(a => a.Name));
        Assert.Equal([AccountUse.MetricsStore], accounts[0].SupportedTypes);
        Assert.Equal("filesystem", accounts[1].Type);
        Assert.Equal("./data", accounts[1].Setting("Path"));
        Assert.Equal([AccountUse.ObjectStore, AccountUse.ConfigurationStore], accounts[1].SupportedTypes);

        Assert.Equal("/data", AccountConfigurationReader.Read(Judge(("DataPath", "/data")))[0].Setting("Path"));
    }

    [Fact]
    public void A_configured_storage_account_replaces_the_embedded_one_and_SupportedTypes_narrow_it()
    {
        var accounts = AccountConfigurationReader.Read(Judge(
            ("Accounts:b:Type", "memory"), ("Accounts:b:SupportedTypes", "OBJECT_STORE"),
            ("Accounts:a:Type", "s3"), ("Accounts:a:Bucket", "x"), ("Accounts:a:SupportedTypes:0", "CONFIGURATION_STORE")));

        Assert.Equal(["a", "b"], accounts.Select(a => a.Name));
        Assert.Equal([AccountUse.ConfigurationStore], accounts[0].SupportedTypes);
        Assert.Equal([AccountUse.ObjectStore], accounts[1].SupportedTypes);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_naming_the_key()
    {
        var error = Assert.Throws<InvalidAccountConfigurationException>(() => AccountConfigurationReader.Read(Judge(
            ("Accounts:p:Type", "prometheus"),
            ("Accounts:d:Type", "datadog"), ("Accounts:d:ApiKey", "k"), ("Accounts:d:Url", "http://x"),
            ("Accounts:g:Type", "graphite"),
            ("Accounts:s:Type", "s3"), ("Accounts:s:Bucket", "b"), ("Accounts:s:AccessKeyId", "only-the-id"), ("Accounts:s:ForcePathStyle", "yes"),
            ("Accounts:f:Type", "filesystem"), ("Accounts:f:SupportedTypes", "METRICS_STORE"), ("Accounts:f:Path", "/tmp/x"),
            ("Accounts:n:BaseUrl", "http://x"))));

        Assert.Contains("Judge:Accounts:p:BaseUrl is required for a prometheus account.", error.Problems);
        Assert.Contains("Judge:Accounts:d:ApplicationKey is required for a datadog account.", error.Problems);
        Assert.Contains(error.Problems, p => p.StartsWith("Judge:Accounts:d:Url is not a setting of a datadog account"));
        Assert.Contains(error.Problems, p => p.StartsWith("Judge:Accounts:g:Type 'graphite' is unknown"));
        Assert.Contains("Judge:Accounts:s: AccessKeyId and SecretAccessKey must be given together.", error.Problems);
        Assert.Contains("Judge:Accounts:s:ForcePathStyle must be true or false.", error.Problems);
        Assert.Contains("Judge:Accounts:f:SupportedTypes: a filesystem account cannot be a METRICS_STORE.", error.Problems);
        Assert.Contains(error.Problems, p => p.StartsWith("Judge:Accounts:n:Type is required"));
        Assert.Equal(8, error.Problems.Count);
        Assert.DoesNotContain("only-the-id", error.Message);
    }

    [Fact]
    public void Resolution_follows_Kayenta()
    {
        var catalog = new AccountCatalog(AccountConfigurationReader.Read(Judge(
            ("Accounts:z:Type", "memory"), ("Accounts:y:Type", "memory"),
            ("Accounts:prom:Type", "prometheus"), ("Accounts:prom:BaseUrl", "http://127.0.0.1:9090"))));

        Assert.Equal("y", catalog.Resolve(null, AccountUse.ObjectStore).Name);
        Assert.Equal("z", catalog.Resolve("z", AccountUse.ConfigurationStore).Name);
        Assert.Equal("Unable to resolve account nope.", Assert.Throws<AccountResolutionException>(() => catalog.Resolve("nope", AccountUse.ObjectStore)).Message);
        Assert.Equal("Unable to resolve account prom.", Assert.Throws<AccountResolutionException>(() => catalog.Resolve("prom", AccountUse.ObjectStore)).Message);

        var metricsOnly = new AccountCatalog([new ConfiguredAccount("m", "memory", [AccountUse.ObjectStore], new Dictionary<string, string>())]);
        Assert.Equal("Unable to resolve account of type METRICS_STORE.",
            Assert.Throws<AccountResolutionException>(() => metricsOnly.Resolve(null, AccountUse.MetricsStore)).Message);
    }

    [Fact]
    public void The_host_refuses_to_start_with_an_invalid_account()
    {
        using var factory = new JudgeApiFactory(new Dictionary<string, string?>
        {
            ["Judge:Accounts:prom:Type"] = "prometheus",
            ["Judge:Accounts:prom:BaseUrl"] = "http://user:hunter2@127.0.0.1:9090",
        });

        var error = Assert.Throws<InvalidAccountConfigurationException>(() => factory.CreateClient());

        Assert.Contains("Judge:Accounts:prom", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }
}
