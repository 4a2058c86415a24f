namespace Judge.Stats.Counts;

/// <summary>
/// The canary's event rate against the baseline's, per unit of traffic.
/// </summary>
/// <param name="RateRatio">(canary total / canary traffic) ÷ (baseline total / baseline traffic); +∞ when the baseline
/// saw no event, NaN when neither did.</param>
/// <param name="LogLower">Lower confidence bound of log(rate ratio); −∞ when the canary saw no event.</param>
/// <param name="LogUpper">Upper confidence bound of log(rate ratio); +∞ when the baseline saw no event.</param>
/// <param name="LogEstimate">log of the rate ratio with half an event added to each total, so it is finite.</param>
/// <param name="PValue">Two-sided p-value of "equal rates".</param>
/// <param name="Dispersion">Variance of the totals over their Poisson variance (≥ 1), from the per-step counts and
/// their autocorrelation.</param>
/// <param name="ControlDependence">The baseline counts' autocorrelation (its variance inflation).</param>
/// <param name="ExperimentDependence">The canary counts' autocorrelation.</param>
/// <param name="ConfidenceReachable">Whether the events seen could reach the confidence level in either direction.</param>
/// <param name="DetectableIncrease">The relative rate increase detected about 80 % of the time at this confidence, with
/// the events and dispersion seen; +∞ when no event was seen.</param>
public sealed record RateRatioResult(
    double RateRatio,
    double LogLower,
    double LogUpper,
    double LogEstimate,
    double PValue,
    double Dispersion,
    Judge.Stats.Dependence.SeriesDependence ControlDependence,
    Judge.Stats.Dependence.SeriesDependence ExperimentDependence,
    double ControlTotal,
    double ExperimentTotal,
    bool ConfidenceReachable,
    double DetectableIncrease);
