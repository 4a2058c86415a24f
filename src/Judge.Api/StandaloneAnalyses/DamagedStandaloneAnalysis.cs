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

    public static StandaloneAnalysis Terminal(string id, string storageAccountName, byte[] json, long now) => new()
    {
        PipelineId = id,
        Application = DamagedText.Salvage(json, "application") ?? "unknown",
        User = DamagedText.Salvage(json, "user") ?? "anonymous",
        Config = new CanaryConfig { Name = DamagedText.Salvage(json, "name"), Applications = [], Metrics = [] },
        Request = new StandaloneAnalysisRequest(),
        StorageAccountName = storageAccountName,
        MetricsAccountName = DamagedText.Salvage(json, "metricsAccountName") ?? "",
        Status = ExecutionStatus.Terminal,
        Complete = true,
        BuildTimeMillis = now,
        EndTimeMillis = now,
        Judgements = [],
        Exception = StageException.Describe("DamagedDocument", [Reason]),
    };
}
