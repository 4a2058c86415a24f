namespace Judge.Stats.LocationShift;

/// <summary>Thrown when the samples leave the rank statistic without variance, so no interval exists.</summary>
public sealed class AllObservationsTiedException()
    : ArgumentException("cannot compute confidence interval when all observations are tied");
