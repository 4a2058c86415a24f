using System.Text.Json;
using System.Text.RegularExpressions;
using Judge.Api.Storage;
using Judge.MetricSources;
using Judge.MetricSources.Accounts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Judge.Api.Problems;

/// <summary>
/// Turns exceptions into RFC 7807 problems: client faults (bad JSON, bad parameters, unusable query configs, unknown
/// accounts) into 4xx naming the field; a failing metric provider into 502; anything else into a 500 without details.
/// </summary>
public sealed partial class ExceptionProblemHandler(IProblemDetailsService problems, MetricQueryConfigTypes queryTypes, ILogger<ExceptionProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception, queryTypes);
        if (problem.Status >= 500)
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = problem.Status!.Value;
        if (exception is Execution.QueueFullException full)
            context.Response.Headers.RetryAfter = full.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails ToProblem(Exception exception, MetricQueryConfigTypes queryTypes) => exception switch
    {
        ProblemException p => Problem(p.Status, p.Title, p.Message, p.Errors),
        BadHttpRequestException { InnerException: JsonException json } => MalformedJson(json, queryTypes),
        JsonException json => MalformedJson(json, queryTypes),
        BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request", bad.Message, ParameterErrors(bad.Message)),
        MetricQueryException query => Problem(400, "Unusable query", query.Message,
            new Dictionary<string, string[]> { [query.Field] = [query.Message] }),
        MetricFetchException fetch => Problem(502, "Metric provider failed", fetch.Message),
        ObjectStoreException store => Problem(503, "Storage failed", store.Message),
        _ => Problem(500, "Internal server error", "The server failed to process the request."),
    };

    private static ProblemDetails MalformedJson(JsonException json, MetricQueryConfigTypes queryTypes)
    {
        var path = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "$" : json.Path.TrimStart('$').TrimStart('.');
        // JsonException messages describe the token and position only; they never echo the document.
        var message = JsonTypeNames.Rewrite(json.Message.Split(" Path:", 2)[0]);
        if (UnknownDiscriminatorPattern().Match(message) is { Success: true } unknown)
            return UnsupportedQueryType(path, unknown.Groups["type"].Value, queryTypes);
        return Problem(400, "Invalid JSON body", $"The request body is not valid JSON for this route at {path}: {message}",
            new Dictionary<string, string[]> { [path] = [message] });
    }

    /// <summary>Kayenta configs for providers Judge lacks (atlas, graphite, …) name the type rather than a discriminator.</summary>
    private static ProblemDetails UnsupportedQueryType(string queryPath, string type, MetricQueryConfigTypes queryTypes)
    {
        var path = queryPath == "$" ? "type" : $"{queryPath}.type";
        var message = $"'{type}' is not a metric provider Judge supports; the supported query types are {string.Join(", ", queryTypes.Names)}.";
        return Problem(400, "Unsupported query type", $"{path}: {message}", new Dictionary<string, string[]> { [path] = [message] });
    }

    [GeneratedRegex("unrecognized type discriminator id '(?<type>[^']*)'")]
    private static partial Regex UnknownDiscriminatorPattern();

    // Minimal APIs name the parameter in their binding messages: Failed to bind parameter "double passThreshold" from "x".
    private static Dictionary<string, string[]>? ParameterErrors(string message)
    {
        var match = ParameterPattern().Match(message);
        return match.Success ? new Dictionary<string, string[]> { [match.Groups["name"].Value] = [message] } : null;
    }

    [GeneratedRegex("parameter \"[^\" ]+ (?<name>[^\"]+)\"")]
    private static partial Regex ParameterPattern();

    private static ProblemDetails Problem(int status, string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        var problem = errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(errors.ToDictionary());
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        return problem;
    }
}
