namespace Judge.Stats.Sequential;

/// <summary>What one look of a sequential analysis is held to.</summary>
/// <param name="Look">1-based look number.</param>
/// <param name="Looks">Looks planned.</param>
/// <param name="InformationFraction">The share of the final look's information this look has (its window's length
/// over the last window's, for cumulative windows).</param>
/// <param name="CriticalValue">Two-sided critical value on the z scale.</param>
/// <param name="ConfidenceLevel">The confidence level every metric's interval is computed at in this look.</param>
public sealed record LookBoundary(int Look, int Looks, double InformationFraction, double CriticalValue, double ConfidenceLevel);
