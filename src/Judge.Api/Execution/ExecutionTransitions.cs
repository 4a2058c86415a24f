using Judge.Api.Telemetry;

namespace Judge.Api.Execution;

/// <summary>The changes of state a stage and an execution go through, with the times they happen at.</summary>
public sealed class ExecutionTransitions(ServiceTelemetry telemetry, TimeProvider clock, ILogger<CanaryExecutionRunner> logger)
{
    public long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    public void Begin(ExecutionStage stage)
    {
        stage.Status = ExecutionStatus.Running;
        stage.StartTimeMillis = Now();
        stage.EndTimeMillis = null;
        stage.Exception = null;
    }

    public void Succeed(ExecutionStage stage)
    {
        stage.Status = ExecutionStatus.Succeeded;
        stage.EndTimeMillis = Now();
    }

    public void Fail(CanaryExecution execution, ExecutionStage stage, Exception failure)
    {
        stage.Status = ExecutionStatus.Terminal;
        stage.EndTimeMillis = Now();
        stage.Exception = StageFailures.Describe(stage, failure);
        logger.LogWarning("Execution {ExecutionId} stage {Stage} failed: {Reason}", execution.PipelineId, stage.RefId,
            string.Join(" ", stage.Exception["details"]!["errors"]!.AsArray().Select(e => e!.GetValue<string>())));
    }

    /// <summary>Ends an execution from outside its stages: the stage in flight (else the next) ends so, with the reason.</summary>
    public void End(CanaryExecution execution, string status, string exceptionType, string reason)
    {
        var stage = execution.Stages.FirstOrDefault(s => s.Status == ExecutionStatus.Running)
            ?? execution.Stages.FirstOrDefault(s => s.Status == ExecutionStatus.NotStarted)
            ?? execution.Stages[^1];
        stage.Status = status;
        stage.EndTimeMillis = Now();
        stage.Exception = StageException.Describe(exceptionType, [reason]);
        Finish(execution, status);
    }

    public void Finish(CanaryExecution execution, string status)
    {
        foreach (var stage in execution.Stages.Where(s => s.Status == ExecutionStatus.Running))
            stage.Status = ExecutionStatus.Canceled;
        execution.Status = status;
        execution.Complete = true;
        execution.EndTimeMillis = Now();
        telemetry.ExecutionFinished(status);
    }
}
