using Judge.Stats.Results;

namespace Judge.Api.Execution;

/// <param name="CanaryDuration">ISO-8601 duration ("PT1H"), only when every scope spans the same time.</param>
public sealed record CanaryExecutionResult(CanaryJudgeResult JudgeResult, string? CanaryDuration);
