namespace Judge.Api.Execution;

public sealed record CanaryExecutionIdResponse(string CanaryExecutionId);
