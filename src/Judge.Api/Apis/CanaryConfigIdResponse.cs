namespace Judge.Api.Apis;

public sealed record CanaryConfigIdResponse(string CanaryConfigId);
