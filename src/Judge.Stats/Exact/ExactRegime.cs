namespace Judge.Stats.Exact;

/// <summary>The two ways exact mode computes the p-value and the interval ranks (oracle README 6.1).</summary>
public static class ExactRegime
{
    /// <summary>nx &lt; 50, ny &lt; 50 and no two values equal: exact Wilcoxon distribution.</summary>
    public const string ExactSmall = "exact-small";

    /// <summary>Otherwise: normal approximation with tie and continuity correction.</summary>
    public const string Normal = "normal";

    /// <summary>Samples at least this large use the normal regime even without ties.</summary>
    public const int ExactSizeLimit = 50;
}
