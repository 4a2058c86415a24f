using FluentValidation.Results;
using Judge.Api.Problems;

namespace Judge.Api.Validation;

public static class ValidationProblems
{
    public static IReadOnlyList<FieldError> ToFieldErrors(this ValidationResult result) =>
        result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();

    /// <exception cref="ProblemException">400 listing every failure by JSON path, when the result is not valid.</exception>
    public static void ThrowIfInvalid(this ValidationResult result, string detail)
    {
        if (!result.IsValid) throw result.ToFieldErrors().ToProblem(detail);
    }
}
