using Judge.Api.Judging;
using Judge.Stats.Judging;
using Judge.Stats.Sequential;

namespace Judge.Api.Lifetime;

/// <summary>
/// The boundary every planned judgement of an analysis is held to, when the analysis' judge can hold its intervals to a
/// confidence per look (ExactACAJudge-v2): the chance that any judgement fails a canary that did not change is then at
/// most 1 − 98 %, however many judgements the lifetime and interval plan. None for the Kayenta-era judges, whose
/// analyses keep Kayenta's rule (every judgement at 98 %).
/// </summary>
public static class SequentialLooks
{
    public static IReadOnlyList<LookBoundary>? For(StandaloneAnalysis analysis, CanaryJudgeCatalog judges)
    {
        var name = analysis.Config.Judge?.Name;
        if (!judges.IsKnown(name) || judges.Resolve(name) is not ISequentialJudge)
            return null;
        var lengths = analysis.Judgements.Select(j => (double)(j.WindowEndMillis - j.WindowStartMillis)).ToList();
        return SequentialPlan.For(lengths, cumulative: analysis.Request.LookbackMins <= 0, JudgeConstants.ConfidenceLevel);
    }
}
