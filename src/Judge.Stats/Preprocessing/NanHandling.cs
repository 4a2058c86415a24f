using Judge.Stats.Judging;

namespace Judge.Stats.Preprocessing;

/// <summary>Kayenta's NaN strategies: a NaN marks a missing point and is either dropped or read as 0.</summary>
public static class NanHandling
{
    public static double[] Apply(IReadOnlyList<double> values, NanStrategy strategy) =>
        strategy == NanStrategy.Replace ? ReplaceNaNs(values, 0.0) : RemoveNaNs(values);

    public static double[] RemoveNaNs(IReadOnlyList<double> values) => values.Where(v => !double.IsNaN(v)).ToArray();

    public static double[] ReplaceNaNs(IReadOnlyList<double> values, double replacement) =>
        values.Select(v => double.IsNaN(v) ? replacement : v).ToArray();
}
