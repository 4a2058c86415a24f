namespace Judge.Stats.Sequential;

/// <summary>How a sequential analysis spends its error over the looks (Lan–DeMets spending functions).</summary>
public enum SpendingFunction
{
    /// <summary>α(t) = 4·(1 − Φ(z₁₋α/₄ / √t)): almost nothing early, nearly all of α at the last look.</summary>
    OBrienFleming,

    /// <summary>α(t) = α·ln(1 + (e − 1)·t): about the same share at every equally spaced look.</summary>
    Pocock,

    /// <summary>Nothing before a quarter of the information, then Pocock-type over the rest: α·ln(1 + (e − 1)·(t − ¼)/¾).
    /// The early-pass side: a dependence estimated from the first few minutes' points is too rough to show a canary
    /// within its tolerance.</summary>
    PocockFromQuarter,
}
