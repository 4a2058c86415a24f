using Judge.Api.Judging;
using Judge.Stats.Judging;
using Judge.Stats.Sequential;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>
/// The boundaries every planned judgement of an analysis is held to, when the analysis' judge can hold its intervals
/// to a confidence per look (ExactACAJudge-v2). The fail side spends 1 − 98 % over the looks O'Brien–Fleming-style, so
/// the chance that any judgement fails a canary that did not change is at most 2 %, however many judgements the
/// lifetime and interval plan. With <c>earlyPass</c>, the pass side spends its own 2 % Pocock-style from a quarter of
/// the lifetime on (<see cref="SpendingFunction.PocockFromQuarter"/>): a metric's interval at that look's confidence
/// must lie within its allowed change, so a canary whose change equals its tolerance passes early at most about 1 % of
/// the time. None for the Kayenta-era judges, whose analyses keep Kayenta's rule (every judgement at 98 %).
/// </summary>
public static class SequentialLooks
{
    public static void Assign(StandaloneAnalysis analysis, JudgeNameResolver judges)
    {
        var name = analysis.Config.Judge?.Name;
        if (!judges.IsKnown(name) || judges.Resolve(name) is not ISequentialJudge)
            return;
        var lengths = analysis.Judgements.Select(j => (double)(j.WindowEndMillis - j.WindowStartMillis)).ToList();
        var cumulative = analysis.Request.LookbackMins <= 0;
        var fail = SequentialPlan.For(lengths, cumulative, JudgeConstants.ConfidenceLevel);
        var pass = analysis.Request.EarlyPass == true
            ? SequentialPlan.For(lengths, cumulative, JudgeConstants.ConfidenceLevel, SpendingFunction.PocockFromQuarter)
            : null;
        for (var i = 0; i < fail.Count; i++)
        {
            analysis.Judgements[i].Boundary = fail[i];
            // The last judgement ends the analysis anyway, and one whose boundary spends nothing cannot pass early.
            if (pass is not null && i < pass.Count - 1 && pass[i].ConfidenceLevel < SpendingBoundary.MaxConfidence)
                analysis.Judgements[i].EarlyPassBoundary = pass[i];
        }
    }
}
