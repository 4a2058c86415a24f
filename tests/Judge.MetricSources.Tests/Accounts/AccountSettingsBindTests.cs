using Judge.MetricSources.Accounts;

namespace Judge.MetricSources.Tests.Accounts;

/// <summary>An account's settings bound onto its options class, and the settings that class declares.</summary>
public sealed class AccountSettingsBindTests
{
    [GivenTogether(nameof(User), nameof(Password))]
    private sealed class SampleOptions
    {
        [AccountSetting(Required = true, Public = true, Format = AccountSettingFormat.HttpUrl)]
        public string Url { get; set; } = "";

        public string Label { get; set; } = "default";

        public bool? Flag { get; set; }

        public string? User { get; set; }

        [AccountSetting(Secret = true)]
        public string? Password { get; init; }

        public int Computed => 1;
    }

    private static AccountSettings Settings(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void Every_public_settable_property_is_a_setting_in_declaration_order()
    {
        var settings = AccountOptions.SettingsOf(typeof(SampleOptions));

        Assert.Equal(
            [
                new AccountSetting("Url", required: true, @public: true, format: AccountSettingFormat.HttpUrl),
                new AccountSetting("Label"),
                new AccountSetting("Flag", format: AccountSettingFormat.Boolean),
                new AccountSetting("User"),
                new AccountSetting("Password", secret: true),
            ],
            settings);
        Assert.Equal([new AccountSettingPair("User", "Password")], AccountOptions.PairsOf(typeof(SampleOptions)));
    }

    [Fact]
    public void Given_settings_are_bound_and_absent_or_empty_ones_keep_the_default()
    {
        var options = Settings(("url", "http://host"), ("Label", ""), ("FLAG", "True"), ("Password", "pw")).Bind<SampleOptions>();

        Assert.Equal("http://host", options.Url);
        Assert.Equal("default", options.Label);
        Assert.True(options.Flag);
        Assert.Null(options.User);
        Assert.Equal("pw", options.Password);
    }

    [Fact]
    public void No_settings_bind_to_the_defaults()
    {
        var options = Settings().Bind<SampleOptions>();

        Assert.Equal(("", "default", null), (options.Url, options.Label, options.Flag));
    }

    [Theory]
    [InlineData("judge", null, true)]
    [InlineData(null, "pw", true)]
    [InlineData("judge", "", true)]
    [InlineData("", "pw", true)]
    [InlineData("judge", "pw", false)]
    [InlineData(null, null, false)]
    [InlineData("", "", false)]
    public void A_pair_with_exactly_one_value_is_named(string? user, string? password, bool halfGiven)
    {
        var pair = GivenTogetherAttribute.HalfGivenPairOf(new SampleOptions { User = user, Password = password });

        Assert.Equal(halfGiven ? new AccountSettingPair("User", "Password") : null, pair);
        if (halfGiven) Assert.Equal("User and Password must be given together.", pair!.Problem);
    }
}
