using Judge.Api.Execution;
using Judge.Api.Model;
using Judge.Api.Storage;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>
/// What an analysis's engine job does with its document when it cannot be read: when its text does not say it completed, it is
/// replaced by a terminal analysis naming the reason, so clients polling it stop waiting. No further judgement runs.
/// </summary>
public static class DamagedStandaloneAnalysis
{
    public const string Reason = "The stored canary analysis document was damaged (unreadable) when its run resumed; the analysis was marked terminal.";

    public static StandaloneAnalysis Terminal(string id, string storageAccountName, byte[] json, long now)
    {
        var salvaged = SalvagedFields.From(json);
        return new StandaloneAnalysis
        {
            PipelineId = id,
            Application = salvaged.Application,
            User = DamagedText.Salvage(json, "user") ?? "anonymous",
            Config = salvaged.Config,
            Request = new StandaloneAnalysisRequest(),
            StorageAccountName = storageAccountName,
            MetricsAccountName = salvaged.MetricsAccountName,
            Status = ExecutionStatus.Terminal,
            Complete = true,
            BuildTimeMillis = now,
            EndTimeMillis = now,
            Judgements = [],
            Exception = StageException.Describe("DamagedDocument", [Reason]),
        };
    }
}
