namespace Judge.Api.Problems;

/// <summary>One bad field: its JSON path (e.g. "metrics[2].analysisConfigurations.canary.critical") and what is wrong.</summary>
public sealed record FieldError(string Path, string Message);

public static class FieldErrors
{
    /// <summary>The problem "errors" map: JSON path → messages.</summary>
    public static Dictionary<string, string[]> ToErrorMap(this IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    /// <summary>The errors with their paths moved under <paramref name="prefix"/> ("pass" under "thresholds" is "thresholds.pass").</summary>
    public static IEnumerable<FieldError> Under(this IEnumerable<FieldError> errors, string prefix) =>
        errors.Select(e => e with { Path = ProblemResults.Prefixed(prefix, e.Path) });

    public static ProblemException ToProblem(this IReadOnlyCollection<FieldError> errors, string detail = "One or more fields are invalid.") =>
        new(StatusCodes.Status400BadRequest, "One or more validation errors occurred.", ProblemResults.WithFieldMessages(detail, errors), errors.ToErrorMap());
}
