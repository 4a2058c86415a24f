using Judge.Api.Hosting;
using Judge.MetricSources.Accounts;

namespace Judge.Api.Tests.Providers;

/// <summary>The settings each built-in account type accepts, as its options class declares them.</summary>
public sealed class BuiltInSettingsTests
{
    private const AccountSettingFormat Url = AccountSettingFormat.HttpUrl;

    public static TheoryData<string, AccountSetting[], AccountSettingPair[]> Types => new()
    {
        {
            "prometheus",
            [
                new("BaseUrl", required: true, @public: true, format: Url), new("Username"), new("Password", secret: true),
                new("BearerToken", secret: true), new("ScopeLabel", @public: true),
            ],
            [new("Username", "Password")]
        },
        { "datadog", [new("BaseUrl", @public: true, format: Url), new("ApiKey", required: true, secret: true), new("ApplicationKey", required: true, secret: true)], [] },
        { "stackdriver", [new("Project", required: true, @public: true), new("CredentialsFile"), new("BaseUrl", @public: true, format: Url), new("TokenUrl", format: Url)], [] },
        {
            "s3",
            [
                new("Bucket", required: true, @public: true), new("ServiceUrl", @public: true, format: Url), new("Region", @public: true),
                new("RootFolder", @public: true), new("ForcePathStyle", @public: true, format: AccountSettingFormat.Boolean),
                new("AccessKeyId"), new("SecretAccessKey", secret: true),
            ],
            [new("AccessKeyId", "SecretAccessKey")]
        },
        { "filesystem", [new("Path", required: true, @public: true)], [] },
        { "memory", [], [] },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void Its_settings_are_those_of_its_options(string type, AccountSetting[] settings, AccountSettingPair[] givenTogether)
    {
        var descriptor = BuiltInProviders.AccountTypes.Find(type)!;

        Assert.Equal(settings, descriptor.Settings);
        Assert.Equal(givenTogether, descriptor.GivenTogether);
    }
}
