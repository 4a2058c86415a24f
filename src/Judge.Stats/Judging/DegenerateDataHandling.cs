namespace Judge.Stats.Judging;

/// <summary>What the classifier does when each series is constant with a different value.</summary>
internal enum DegenerateDataHandling
{
    /// <summary>Kayenta mode: jitter both series (seeded from the data) so the normal-approximation test can run.</summary>
    SeededNoise,

    /// <summary>Exact mode: compare as is; every pairwise difference is the same D, so the interval is [D, D].</summary>
    None,
}
