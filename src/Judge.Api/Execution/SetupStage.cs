namespace Judge.Api.Execution;

/// <summary>The setupContext stage: fails before any fetch when a metric has no account to serve it or the judge is unknown.</summary>
public sealed class SetupStage(ExecutionJudges judges)
{
    public Task RunAsync(ExecutionRun run, ExecutionStage stage, CancellationToken cancellationToken)
    {
        run.Plan.Accounts.EnsureResolved();
        run.Judge = judges.For(run.Execution);
        return Task.CompletedTask;
    }
}
