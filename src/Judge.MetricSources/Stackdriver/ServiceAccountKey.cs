using System.Text.Json.Serialization;

namespace Judge.MetricSources.Stackdriver;

/// <summary>The fields of a Google service-account JSON key that signing a token request needs.</summary>
internal sealed record ServiceAccountKey
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("project_id")] public string? ProjectId { get; init; }
    [JsonPropertyName("private_key_id")] public string? PrivateKeyId { get; init; }
    [JsonPropertyName("private_key")] public string? PrivateKey { get; init; }
    [JsonPropertyName("client_email")] public string? ClientEmail { get; init; }
    [JsonPropertyName("token_uri")] public string? TokenUri { get; init; }
}
