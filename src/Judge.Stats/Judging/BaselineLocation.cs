namespace Judge.Stats.Judging;

/// <summary>
/// What a relative change is relative to: the baseline's median, or its mean where the median is 0. The detectable
/// effect and the reasons' percentages share it.
/// </summary>
internal readonly record struct BaselineLocation(double Value, string Name)
{
    public static BaselineLocation Of(SortedSeries control)
    {
        if (control.Length == 0)
            return new BaselineLocation(0, "median");
        var median = Preprocessing.Percentile.R7OfSorted(control.Sorted, 50);
        return median != 0
            ? new BaselineLocation(median, "median")
            : new BaselineLocation(control.Mean, "mean");
    }

    /// <summary>A change as a share of the baseline's size (−0.05 = −5 %); not a number when the baseline is 0.</summary>
    public double Relative(double change) => change / (Value != 0 ? Math.Abs(Value) : double.NaN);

    /// <summary>Whether a change can be written as a share of it (not when it is 0 or not a number).</summary>
    public bool CanRelate => Value != 0 && double.IsFinite(Value);
}
