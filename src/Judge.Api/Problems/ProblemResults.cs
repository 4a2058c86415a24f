using FluentValidation.Results;
using Judge.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Judge.Api.Problems;

/// <summary>The problem results routes return (RFC 7807, application/problem+json).</summary>
public static class ProblemResults
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult ConfigNotFound(string id) => NotFound($"No canary config with id '{id}'.");

    public static ProblemHttpResult BadRequest(string field, string message) =>
        Validation([new FieldError(field, message)], message);

    public static ProblemHttpResult Validation(IReadOnlyCollection<FieldError> errors, string detail = "One or more fields are invalid.") =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToErrorMap())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
            Detail = WithFieldMessages(detail, errors),
        });

    /// <summary>Kayenta's clients show only $.message (= detail): it names each bad field too, not just "invalid".</summary>
    public static string WithFieldMessages(string detail, IReadOnlyCollection<FieldError> errors)
    {
        const int MaxListed = 5;
        if (errors.Count == 0 || errors.All(e => detail.Contains(e.Message, StringComparison.Ordinal))) return detail;
        var listed = errors.Take(MaxListed).Select(e => e.Path is "" or "$" ? e.Message : $"{e.Path}: {e.Message}");
        var more = errors.Count > MaxListed ? $" (and {errors.Count - MaxListed} more)" : "";
        return $"{detail} {string.Join(" ", listed)}{more}";
    }

    public static ProblemHttpResult Validation(ValidationResult result, string detail, string pathPrefix = "") =>
        Validation(result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).Under(pathPrefix).ToList(), detail);

    public static ProblemHttpResult MissingBody(string description) =>
        BadRequest("$", $"The request body is required: {description}.");

    /// <summary>A 400 naming <paramref name="field"/> when <paramref name="id"/> could escape the store; null when it is fine.</summary>
    public static ProblemHttpResult? InvalidId(string? id, string field = "id") => ObjectId.IsValid(id)
        ? null
        : BadRequest(field, "must be 1–200 letters, digits, '_', '-' or '.', starting with a letter or digit, without '..'.");

    public static string Prefixed(string prefix, string path) =>
        prefix.Length == 0 ? path : path.Length == 0 ? prefix : $"{prefix}.{path}";
}
