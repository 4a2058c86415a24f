using Judge.Stats.Results;

namespace Judge.Stats.Judging;

/// <summary>A named judge: per-metric classification followed by the weighted group score.</summary>
public interface ICanaryJudge
{
    /// <summary>The name configs select the judge by, e.g. "ExactACAJudge-v1" or "NetflixACAJudge-v1.0".</summary>
    string Name { get; }

    CanaryJudgeResult Judge(CanaryJudgeInput input);
}
