namespace Judge.Api.Configs;

/// <summary>An item of GET /canaryConfig, as Kayenta lists configs.</summary>
public sealed record CanaryConfigSummary(
    string Id,
    string Name,
    long UpdatedTimestamp,
    string UpdatedTimestampIso,
    IReadOnlyList<string> Applications);
