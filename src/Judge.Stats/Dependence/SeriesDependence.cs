namespace Judge.Stats.Dependence;

/// <summary>
/// How much a series' time order inflates the variance of its mean: <see cref="Inflation"/> is the long-run variance
/// over the marginal variance (1 for independent points), so the series carries as much information as
/// <see cref="EffectiveSize"/> independent points.
/// </summary>
/// <param name="Count">Points in the series.</param>
/// <param name="Inflation">Variance inflation, at least 1 and at most <paramref name="Count"/>.</param>
/// <param name="Autoregression">The persistence the estimate prewhitened with: the sum of the bias-corrected
/// autoregressive coefficients (the lag-1 coefficient where an AR(1) was fitted).</param>
public sealed record SeriesDependence(int Count, double Inflation, double Autoregression)
{
    public double EffectiveSize => Count / Inflation;

    public static SeriesDependence Independent(int count) => new(count, 1.0, 0.0);
}
