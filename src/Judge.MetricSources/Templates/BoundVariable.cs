namespace Judge.MetricSources.Templates;

/// <summary>
/// Names the template variable a refused value came from. QueryTemplate's escape callback receives only the value, so
/// the name is found by looking the value up in the bindings (every variable holding it is named).
/// </summary>
internal static class BoundVariable
{
    public static string NamesHolding(string value, IReadOnlyDictionary<string, string> bindings)
    {
        var names = bindings.Where(b => b.Value == value).Select(b => b.Key).Order(StringComparer.Ordinal).ToList();
        return names.Count > 0 ? string.Join("/", names) : "?";
    }
}
