using Judge.Api.Execution;
using Judge.Api.Judging;
using Judge.Api.Storage;
using Judge.Stats.Judging;
using Judge.Stats.Sequential;

namespace Judge.Api.Gates;

/// <summary>
/// A gate polled repeatedly for one canary: with an <c>analysisId</c>, each poll is the next look of one stored
/// <see cref="GateAnalysis"/>, judged at its open-ended boundary when the config's judge can be held to one
/// (ExactACAJudge-v2), so that however often the CD tool polls, the chance that any poll fails an unchanged canary stays
/// at most 2 %. Polls of one analysis take turns on this host; a look is stored before its execution runs, so a look cut
/// short still counts.
/// </summary>
public sealed class SequentialGate(
    GateAnalysisRepository analyses,
    ExecutionRepository executions,
    SynchronousJudgement judgement,
    JudgeNameResolver judges,
    TimeProvider clock)
{
    public const int MaxAnalysisIdLength = 200;
    private readonly KeyedAsyncLock turns = new();

    /// <summary>Without an analysisId: one plain judgement. With one: the analysis' next look, or — once a look has failed
    /// the analysis — that look's execution again, not judged anew.</summary>
    public async Task<GateRun> RunAsync(
        string? analysisId, ExecutionStart start, TimeSpan deadline, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(analysisId))
            return new GateRun(await judgement.RunAsync(start, deadline, cancellationToken), null, null, Repeated: false);

        var account = analyses.SearchOrder(start.StorageAccountName)[0];
        var id = GateAnalysis.IdFor(start.Application, analysisId);
        using var turn = await turns.AcquireAsync(id, cancellationToken);
        var analysis = await analyses.FindAsync(account, id, cancellationToken)
            ?? new GateAnalysis { PipelineId = id, AnalysisId = analysisId, Application = start.Application, StorageAccountName = account };
        await SettleAsync(analysis, cancellationToken);
        if (analysis.FailedAtLook is { } failed
            && await executions.FindAsync(account, analysis.Looks[failed - 1].ExecutionId, cancellationToken) is { } failing)
            return new GateRun(failing, analysisId, analysis.Looks[failed - 1], Repeated: true);

        var number = analysis.Looks.Count + 1;
        var boundary = Sequential(start.Config) ? OpenEndedLooks.For(number, JudgeConstants.ConfidenceLevel) : null;
        var look = new GateLook(number, ObjectId.New(), clock.GetUtcNow().ToUnixTimeMilliseconds(), boundary);
        analysis.Looks.Add(look);
        analysis.CanaryConfigId = start.CanaryConfigId;
        await analyses.SaveAsync(analysis, cancellationToken);

        var execution = await judgement.RunAsync(
            start with { StorageAccountName = account, ExecutionId = look.ExecutionId, ConfidenceLevel = boundary?.ConfidenceLevel },
            deadline, cancellationToken);
        Record(analysis, look, execution);
        await analyses.SaveAsync(analysis, CancellationToken.None);
        return new GateRun(execution, analysisId, look, Repeated: false);
    }

    // Looks whose execution outlived its poll's deadline are judged by now, perhaps failing the analysis.
    private async Task SettleAsync(GateAnalysis analysis, CancellationToken cancellationToken)
    {
        foreach (var look in analysis.Looks.Where(l => l.Verdict is null))
        {
            if (await executions.FindAsync(analysis.StorageAccountName, look.ExecutionId, cancellationToken) is { Complete: true } execution)
                Record(analysis, look, execution);
        }
    }

    private static void Record(GateAnalysis analysis, GateLook look, CanaryExecution execution)
    {
        if (!execution.Complete || execution.Status != ExecutionStatus.Succeeded || execution.Result is null)
            return;
        var verdict = GateVerdict.Classify(execution.Result.JudgeResult.Score.Classification);
        look.Verdict = verdict.Verdict;
        look.Score = execution.Result.JudgeResult.Score.Score;
        if (verdict.Verdict == "fail" && (analysis.FailedAtLook is null || look.Number < analysis.FailedAtLook))
            analysis.FailedAtLook = look.Number;
    }

    private bool Sequential(Judge.Api.Model.CanaryConfig config)
    {
        var name = config.Judge?.Name;
        return judges.IsKnown(name) && judges.Resolve(name) is ISequentialJudge;
    }
}

/// <summary>What a gate poll ran: its execution and, for a gate analysis, the look it was (a repeated failed look:
/// <paramref name="Repeated"/>).</summary>
public sealed record GateRun(CanaryExecution Execution, string? AnalysisId, GateLook? Look, bool Repeated)
{
    public GateVerdict Verdict(string reportUrl)
    {
        var verdict = GateVerdict.From(Execution, reportUrl);
        return AnalysisId is not null && Look is not null ? verdict.AsLook(AnalysisId, Look, Repeated) : verdict;
    }
}
