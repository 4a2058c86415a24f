using Judge.Api.Problems;
using Judge.MetricSources;

namespace Judge.Api.Execution;

/// <summary>
/// Builds every query of a plan for its request's scopes without sending it (Kayenta's dry run), so that a query that
/// cannot work with these scopes (an undefined template variable, say) is the client's 400 now rather than a terminal
/// execution or analysis later. The plan's accounts were resolved when it was made, so a metric whose provider no
/// metrics account serves has already failed there.
/// </summary>
public sealed class QueryDryRun
{
    /// <param name="configPath">Where the config sits in the request body, for error paths: "" for a stored config.</param>
    /// <exception cref="ProblemException">400: a metric's query cannot be built for a scope.</exception>
    public void EnsureQueriesBuild(ExecutionPlan plan, string configPath)
    {
        var errors = new List<FieldError>();
        foreach (var fetch in plan.Fetches)
        {
            try
            {
                plan.Accounts.For(fetch.MetricIndex).Source.BuildQuery(fetch.Query);
            }
            catch (MetricQueryException ex)
            {
                var path = ProblemResults.Prefixed(configPath, $"metrics[{fetch.MetricIndex}].query.{ex.Field}");
                if (errors.All(e => e.Path != path))
                    errors.Add(new FieldError(path, ex.Message));
            }
        }
        if (errors.Count > 0)
            throw errors.ToProblem("A metric's query cannot be built for the requested scopes.");
    }
}
