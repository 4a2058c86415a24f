using Judge.Api.Limits;

namespace Judge.Api.Apis;

/// <summary>The limits on a posted list of metric series (POST /metricSetList, /metricSetPairList), as field errors.</summary>
public static class PostedList
{
    /// <summary>
    /// At most MaxMetrics items, each an object; <paramref name="validateItem"/> adds an item's own errors, given its
    /// path ("[i]").
    /// </summary>
    public static List<FieldError> Validate<T>(
        IReadOnlyList<T?> items, string itemsNoun, RequestLimits limits, Action<string, T, List<FieldError>> validateItem)
        where T : class
    {
        var errors = new List<FieldError>();
        if (items.Count > limits.MaxMetrics)
            errors.Add(new FieldError("$", $"holds {items.Count} {itemsNoun}, more than {limits.MaxMetrics} (Judge:Limits:MaxMetrics)."));
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item) validateItem($"[{i}]", item, errors);
            else errors.Add(new FieldError($"[{i}]", "must be an object."));
        }
        return errors;
    }

    /// <summary>A series at <paramref name="path"/> is required and at most MaxSeriesLength values long.</summary>
    public static void ValidateSeries(string path, IReadOnlyList<double>? values, RequestLimits limits, List<FieldError> errors)
    {
        if (values is null) errors.Add(new FieldError(path, "is required (an array of numbers)."));
        else if (values.Count > limits.MaxSeriesLength)
            errors.Add(new FieldError(path, $"holds {values.Count} values, more than {limits.MaxSeriesLength} (Judge:Limits:MaxSeriesLength)."));
    }
}
