using System.Runtime.InteropServices;
using Judge.Stats.Configuration;

namespace Judge.Stats.Preprocessing;

/// <summary>Kayenta's NaN strategies: a NaN marks a missing point and is either dropped or read as 0.</summary>
public static class NanHandling
{
    public static double[] Apply(IReadOnlyList<double> values, NanStrategy strategy) =>
        strategy == NanStrategy.Replace ? ReplaceNaNs(values, 0.0) : RemoveNaNs(values);

    public static double[] RemoveNaNs(IReadOnlyList<double> values)
    {
        var span = AsSpan(values, out var copied);
        var kept = 0;
        foreach (var v in span)
            if (!double.IsNaN(v))
                kept++;
        if (kept == span.Length && copied is not null)
            return copied;
        var result = new double[kept];
        kept = 0;
        foreach (var v in span)
            if (!double.IsNaN(v))
                result[kept++] = v;
        return result;
    }

    public static double[] ReplaceNaNs(IReadOnlyList<double> values, double replacement)
    {
        var span = AsSpan(values, out var copied);
        var result = copied ?? new double[span.Length];
        for (var i = 0; i < result.Length; i++)
            result[i] = double.IsNaN(span[i]) ? replacement : span[i];
        return result;
    }

    // Arrays and lists are read in place; any other list is copied once (and that copy may become the result).
    private static ReadOnlySpan<double> AsSpan(IReadOnlyList<double> values, out double[]? copied)
    {
        ArgumentNullException.ThrowIfNull(values);
        copied = null;
        if (values is double[] array)
            return array;
        if (values is List<double> list)
            return CollectionsMarshal.AsSpan(list);
        copied = [.. values];
        return copied;
    }
}
