using System.Text;
using Judge.MetricSources.Accounts;

namespace Judge.MetricSources.Prometheus;

/// <summary>
/// One Prometheus server (a Kayenta METRICS_STORE account). Username + Password select basic auth, BearerToken selects
/// bearer auth; either credential is sent with every request, not only after a 401 challenge.
/// </summary>
[GivenTogether(nameof(Username), nameof(Password))]
public sealed class PrometheusAccountOptions
{
    /// <summary>The server's root, e.g. "http://prometheus:9090" or "https://host/prometheus/".</summary>
    [AccountSetting(Required = true, Public = true, Format = AccountSettingFormat.HttpUrl)]
    public string BaseUrl { get; set; } = "";

    public string? Username { get; set; }

    [AccountSetting(Secret = true)]
    public string? Password { get; set; }

    [AccountSetting(Secret = true)]
    public string? BearerToken { get; set; }

    /// <summary>The label the gce_instance rule matches the scope against (Kayenta's kayenta.prometheus.scopeLabel).</summary>
    [AccountSetting(Public = true)]
    public string ScopeLabel { get; set; } = "instance";

    /// <summary>The secrets that must never appear in a message, the encoded basic credential included.</summary>
    internal IEnumerable<string> Secrets()
    {
        if (BasicCredential() is { } basic) yield return basic;
        if (!string.IsNullOrEmpty(Password)) yield return Password;
        if (!string.IsNullOrEmpty(BearerToken)) yield return BearerToken;
    }

    /// <summary>base64("user:password") as the Basic scheme sends it, or null without a username.</summary>
    internal string? BasicCredential() =>
        string.IsNullOrEmpty(Username) ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));

    /// <exception cref="ArgumentException">an option is missing or contradicts another one.</exception>
    internal Uri Validate(string accountName)
    {
        var baseUri = MetricSourceRegistration.RequireHttpUrl(BaseUrl, "Prometheus", accountName, nameof(BaseUrl));
        if (!string.IsNullOrEmpty(baseUri.UserInfo))
            throw new ArgumentException($"Prometheus account '{accountName}': BaseUrl must not carry credentials; use Username and Password.", nameof(BaseUrl));
        if (GivenTogetherAttribute.HalfGivenPairOf(this) is { } pair)
            throw new ArgumentException($"Prometheus account '{accountName}': {pair.Problem}", pair.Second);
        if (!string.IsNullOrEmpty(Username) && Username.Contains(':'))
            throw new ArgumentException($"Prometheus account '{accountName}': Username must not contain ':' (basic auth separator).", nameof(Username));
        if (!string.IsNullOrEmpty(Username) && !string.IsNullOrEmpty(BearerToken))
            throw new ArgumentException($"Prometheus account '{accountName}': set either Username/Password or BearerToken, not both.", nameof(BearerToken));
        if (!PromQlLiteral.IsLabelName(ScopeLabel))
            throw new ArgumentException($"Prometheus account '{accountName}': ScopeLabel '{ScopeLabel}' is not a Prometheus label name.", nameof(ScopeLabel));
        // Refit appends the request path ("/api/v1/...") to the base address's path, so a prefix keeps no trailing slash.
        return new Uri(baseUri.AbsoluteUri.TrimEnd('/'));
    }
}
