using System.Globalization;
using Judge.MetricSources;

namespace Judge.Api.Tests.Providers;

/// <summary>A metric source that answers every query with one flat series: a fourth provider that lives only in the tests.</summary>
public sealed class ConstantMetricSource(string accountName, double level) : IMetricSource
{
    public string Type => ConstantProvider.Type;

    public string BuildQuery(MetricQuery query)
    {
        var config = query.Config as ConstantQueryConfig
            ?? throw new MetricQueryException(query.MetricName, "type", $"a '{query.Config.Type}' query config cannot be served by a constant account");
        var value = (config.Value ?? level).ToString(CultureInfo.InvariantCulture);
        return $"constant({config.MetricName ?? query.MetricName}={value}, scope={query.Scope.Scope}, account={accountName})";
    }

    public Task<IReadOnlyList<MetricSet>> FetchAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        var text = BuildQuery(query);
        var value = ((ConstantQueryConfig)query.Config).Value ?? level;
        var scope = query.Scope;
        var step = scope.StepSeconds * 1000;
        var start = scope.Start.ToUnixTimeMilliseconds();
        var end = scope.End.ToUnixTimeMilliseconds();
        var values = Enumerable.Repeat(value, (int)((end - start) / step)).ToList();
        IReadOnlyList<MetricSet> sets =
        [
            new MetricSet(query.MetricName, new Dictionary<string, string>(), start, scope.Start.ToString("O"), end,
                scope.End.ToString("O"), step, values, new Dictionary<string, string> { ["query"] = text }),
        ];
        return Task.FromResult(sets);
    }
}
