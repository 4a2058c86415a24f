namespace Judge.Stats.Judging;

/// <summary>The classifier constants both judges use (Kayenta hard-codes the same numbers in NetflixACAJudge).</summary>
public static class JudgeConstants
{
    /// <summary>The tolerance band is ±Tolerance·|estimate| around 0.</summary>
    public const double Tolerance = 0.25;

    /// <summary>Confidence level of the shift's interval.</summary>
    public const double ConfidenceLevel = 0.98;
}
