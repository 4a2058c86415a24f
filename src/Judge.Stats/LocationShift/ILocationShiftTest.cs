namespace Judge.Stats.LocationShift;

/// <summary>
/// A two-sample test of the location shift experiment − control (x = experiment, y = control):
/// p-value, confidence interval of the shift and a point estimate.
/// </summary>
public interface ILocationShiftTest
{
    /// <exception cref="AllObservationsTiedException">the interval is undefined for these samples.</exception>
    LocationShiftResult Compare(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control, double confidenceLevel);
}
