using System.Runtime.ExceptionServices;
using Judge.Api.Accounts;

namespace Judge.Api.Execution;

/// <summary>
/// The metric source serving each metric of one execution, resolved once. A failed resolution is kept rather than
/// thrown, and thrown to whoever needs that metric's source: the setup stage (or the starter) for any metric, a fetch
/// stage for its own.
/// </summary>
public sealed class MetricAccounts(IReadOnlyList<MetricAccounts.Resolution> metrics, string recordedAccountName)
{
    /// <summary>The metricsAccountName an execution records: the account of its first metric, else the given name, else "".</summary>
    public string RecordedAccountName { get; } = recordedAccountName;

    /// <exception cref="AccountResolutionException">no account serves the metric's provider type.</exception>
    public ResolvedMetricSource For(int metricIndex)
    {
        var resolution = metrics[metricIndex];
        resolution.Failure?.Throw();
        return resolution.Source!;
    }

    /// <summary>Throws the failure of the first metric, in config order, whose source could not be resolved.</summary>
    public void EnsureResolved()
    {
        for (var i = 0; i < metrics.Count; i++)
            For(i);
    }

    public sealed record Resolution(ResolvedMetricSource? Source, ExceptionDispatchInfo? Failure)
    {
        public static Resolution Of(Func<ResolvedMetricSource> resolve)
        {
            try
            {
                return new Resolution(resolve(), null);
            }
            catch (Exception ex)
            {
                return Failed(ex);
            }
        }

        public static Resolution Failed(Exception failure) => new(null, ExceptionDispatchInfo.Capture(failure));
    }
}
