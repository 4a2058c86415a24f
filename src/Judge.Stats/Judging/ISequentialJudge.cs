namespace Judge.Stats.Judging;

/// <summary>
/// A judge whose intervals can be held to another confidence level, as each look of a sequential analysis must be
/// (<see cref="Sequential.SpendingBoundary"/>). The Kayenta-era judges are not: their analyses keep Kayenta's rule.
/// </summary>
public interface ISequentialJudge : ICanaryJudge
{
    /// <summary>The same judge with every metric's interval at <paramref name="confidenceLevel"/>.</summary>
    ICanaryJudge AtConfidence(double confidenceLevel);
}
