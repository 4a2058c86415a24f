namespace Judge.Stats.Scoring;

/// <summary>The least score that passes, and the least that is marginal rather than failing.</summary>
public sealed record ScoreThresholds(double Pass, double Marginal);
