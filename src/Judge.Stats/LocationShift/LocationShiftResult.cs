namespace Judge.Stats.LocationShift;

/// <param name="Statistic">R's W: the experiment rank sum minus nx(nx+1)/2, at shift 0.</param>
/// <param name="Estimate">The location estimate the judge uses for its tolerance band
/// (Kayenta mode: the continuity-corrected root; exact mode: Hodges–Lehmann).</param>
/// <param name="Regime">"normal" or "exact-small".</param>
public sealed record LocationShiftResult(
    double PValue,
    double Statistic,
    double CiLower,
    double CiUpper,
    double Estimate,
    string Regime);
