using Judge.Api.Model;
using Judge.Api.Storage;

namespace Judge.Api.Execution;

/// <summary>
/// What an execution's engine job does with its document when it cannot be read: when its text does not say it completed, it is
/// replaced by a terminal execution whose stage names the reason, so clients polling it stop waiting and listings
/// show it. The application and accounts are salvaged from the text where they can be read.
/// </summary>
public static class DamagedExecution
{
    public const string Reason = "The stored execution document was damaged (unreadable) when its run resumed; the execution was marked terminal.";

    public static CanaryExecution Terminal(string id, string storageAccountName, byte[] json, long now)
    {
        var salvaged = SalvagedFields.From(json);
        return new CanaryExecution
        {
            PipelineId = id,
            Application = salvaged.Application,
            StorageAccountName = storageAccountName,
            MetricsAccountName = salvaged.MetricsAccountName,
            Config = salvaged.Config,
            CanaryExecutionRequest = new CanaryExecutionRequest(),
            Complete = true,
            Status = ExecutionStatus.Terminal,
            BuildTimeMillis = now,
            EndTimeMillis = now,
            Stages = Stages(now),
        };
    }

    private static List<ExecutionStage> Stages(long now) =>
        [
        new ExecutionStage
        {
            RefId = StageNames.SetupContext,
            Status = ExecutionStatus.Terminal,
            EndTimeMillis = now,
            Exception = StageException.Describe("DamagedDocument", [Reason]),
        },
    ];
}
