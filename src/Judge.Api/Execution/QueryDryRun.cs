using Judge.Api.Model;
using Judge.Api.Problems;
using Judge.MetricSources;

namespace Judge.Api.Execution;

/// <summary>
/// Builds every query of a config for a request's scopes without sending it (Kayenta's dry run), so that a query that
/// cannot work with these scopes (an undefined template variable, say), or a metric whose provider no metrics account
/// serves, is the client's 400 now rather than a terminal execution or analysis later.
/// </summary>
public sealed class QueryDryRun(ExecutionMetricSources sources)
{
    /// <param name="configPath">Where the config sits in the request body, for error paths: "" for a stored config.</param>
    /// <exception cref="Accounts.AccountResolutionException">no account serves a metric's provider.</exception>
    /// <exception cref="ProblemException">400: a metric's query cannot be built for a scope.</exception>
    public void EnsureQueriesBuild(CanaryConfig config, CanaryExecutionRequest request, string? metricsAccountName, string configPath)
    {
        var errors = new List<FieldError>();
        foreach (var plan in FetchPlan.For(config, request))
        {
            try
            {
                sources.For(metricsAccountName, plan.Query.Config.Type).Source.BuildQuery(plan.Query);
            }
            catch (MetricQueryException ex)
            {
                var path = ProblemResults.Prefixed(configPath, $"metrics[{plan.MetricIndex}].query.{ex.Field}");
                if (errors.All(e => e.Path != path))
                    errors.Add(new FieldError(path, ex.Message));
            }
        }
        if (errors.Count > 0)
            throw errors.ToProblem("A metric's query cannot be built for the requested scopes.");
    }
}
