using Judge.Api.Execution;

namespace Judge.Api.Gates;

/// <summary>
/// The compact answer a CD tool acts on, for a judged execution. <see cref="Phase"/> uses Argo Rollouts' analysis phases:
/// Successful (score ≥ pass), Inconclusive (marginal ≤ score &lt; pass), Failed (score &lt; marginal).
/// </summary>
/// <param name="Pass">True only when the score reaches the pass threshold; the field a <c>successCondition: result.pass</c> reads.</param>
/// <param name="Verdict">"pass", "marginal" or "fail".</param>
/// <param name="Reasons">One line per failing metric, then the score's own reason.</param>
public sealed record GateVerdict(
    bool Pass,
    string Phase,
    string Verdict,
    double Score,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<FailingMetric> FailingMetrics,
    string CanaryExecutionId,
    string ReportUrl)
{
    /// <summary>The verdict of a complete, succeeded execution (one with a judge result).</summary>
    public static GateVerdict From(CanaryExecution execution, string reportUrl)
    {
        var result = execution.Result?.JudgeResult
            ?? throw new InvalidOperationException($"Execution {execution.PipelineId} has no judge result.");
        var (verdict, phase) = Classify(result.Score.Classification);
        var failing = result.Results
            .Where(r => r.Classification != "Pass" && !r.Muted)
            .Select(r => new FailingMetric(r.Name, r.Classification, r.Critical, r.ClassificationReason ?? ""))
            .ToList();
        var reasons = failing
            .Select(f => f.Reason.Length > 0 ? $"{f.Metric}: {f.Classification} ({f.Reason})" : $"{f.Metric}: {f.Classification}")
            .Append($"score {result.Score.Score:0.##}: {result.Score.ClassificationReason}".TrimEnd(' ', ':'))
            .ToList();
        return new GateVerdict(verdict == "pass", phase, verdict, result.Score.Score, reasons, failing, execution.PipelineId, reportUrl);
    }

    /// <summary>The verdict and Argo phase of a score classification (Pass, Marginal, anything else fails).</summary>
    public static (string Verdict, string Phase) Classify(string scoreClassification) => scoreClassification switch
    {
        "Pass" => ("pass", "Successful"),
        "Marginal" => ("marginal", "Inconclusive"),
        _ => ("fail", "Failed"),
    };

    /// <summary>The gate analysis this verdict is a look of (requests with an analysisId).</summary>
    public string? AnalysisId { get; init; }

    /// <summary>Which look of the gate analysis this verdict is: a repeated poll after a failed look answers that look.</summary>
    public int? Look { get; init; }

    /// <summary>ExactACAJudge-v2 gate analyses: what the look was held to (open-ended: look k spends 2 %/(k·(k + 1))).</summary>
    public Judge.Stats.Sequential.LookBoundary? Boundary { get; init; }

    /// <summary>This verdict as look <paramref name="look"/> of gate analysis <paramref name="analysisId"/>.</summary>
    public GateVerdict AsLook(string analysisId, GateLook look, bool repeated) => this with
    {
        AnalysisId = analysisId,
        Look = look.Number,
        Boundary = look.Boundary,
        Reasons = repeated
            ? [$"gate analysis '{analysisId}' failed at look {look.Number}; every later poll answers that look's verdict", .. Reasons]
            : Reasons,
    };
}

/// <param name="Classification">Kayenta's metric classification: High, Low, Nodata, NodataFailMetric or Error.</param>
public sealed record FailingMetric(string Metric, string Classification, bool Critical, string Reason);
