namespace Judge.MetricSources;

/// <summary>A provider's own query config out of a query, or a clear error when the query was written for another provider.</summary>
internal static class ProviderQueryConfig
{
    /// <exception cref="MetricQueryException">the query config is of another type (Field "type").</exception>
    public static TConfig Require<TConfig>(MetricQuery query, string provider) where TConfig : MetricQueryConfig =>
        query.Config as TConfig
        ?? throw new MetricQueryException(query.MetricName, "type", $"a '{query.Config.Type}' query config cannot be served by a {provider} account");
}
