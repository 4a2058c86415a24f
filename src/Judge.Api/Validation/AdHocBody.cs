using Judge.Api.Model;
using Judge.Api.Problems;

namespace Judge.Api.Validation;

/// <summary>
/// The ad-hoc bodies {canaryConfig, executionRequest} of POST /canary and POST /standalone_canary_analysis: both parts
/// are required, the inline config gets the defaults a stored one would not need, and errors carry the part's prefix.
/// </summary>
public static class AdHocBody
{
    /// <summary>The application of an execution whose caller names none.</summary>
    public const string DefaultApplication = "ad-hoc";

    public static string ApplicationOrDefault(string? application) =>
        string.IsNullOrWhiteSpace(application) ? DefaultApplication : application;

    /// <summary>"is required." for each part the body lacks; empty when both are there.</summary>
    public static IReadOnlyList<FieldError> MissingParts(CanaryConfig? canaryConfig, object? executionRequest)
    {
        var errors = new List<FieldError>();
        if (canaryConfig is null) errors.Add(new FieldError("canaryConfig", "is required."));
        if (executionRequest is null) errors.Add(new FieldError("executionRequest", "is required."));
        return errors;
    }

    /// <summary>An inline config is never stored, so the name and applications a stored one needs may be left out.</summary>
    public static CanaryConfig WithInlineDefaults(CanaryConfig config, string application) => config with
    {
        Name = string.IsNullOrWhiteSpace(config.Name) ? DefaultApplication : config.Name,
        Applications = config.Applications is { Count: > 0 } applications ? applications : [application],
    };

    /// <summary>
    /// The config's errors under "canaryConfig", then the request's under "executionRequest". The request is checked
    /// against the config only when the config is valid (<paramref name="requestErrors"/> gets null otherwise).
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(
        CanaryConfig config, CanaryConfigValidator configValidator, Func<CanaryConfig?, IEnumerable<FieldError>> requestErrors)
    {
        var configValidation = configValidator.Validate(config);
        return
        [
            .. configValidation.ToFieldErrors().Under("canaryConfig"),
            .. requestErrors(configValidation.IsValid ? config : null).Under("executionRequest"),
        ];
    }
}
