using Judge.Api.Judging;
using Judge.Stats.Judging;

namespace Judge.Api.Execution;

/// <summary>The judges an execution is judged by: its config's, and, for a look of a sequential analysis, held to the look's confidences.</summary>
public sealed class ExecutionJudges(JudgeNameResolver judges)
{
    /// <summary>The config's judge, held to the look's confidence when the execution is a look of a sequential analysis.</summary>
    public ICanaryJudge For(CanaryExecution execution)
    {
        var resolved = judges.Resolve(execution.Config.Judge?.Name);
        return execution.ConfidenceLevel is { } level && resolved is ISequentialJudge sequential
            ? sequential.AtConfidence(level)
            : resolved;
    }

    /// <summary>The config's judge held to the early-pass confidence; null when there is none, or the judge is not sequential.</summary>
    public ICanaryJudge? AtEarlyPass(CanaryExecution execution) =>
        execution.EarlyPassConfidenceLevel is { } level && judges.Resolve(execution.Config.Judge?.Name) is ISequentialJudge sequential
            ? sequential.AtConfidence(level)
            : null;
}
