using Judge.Api.Auth;
using Judge.Api.Validation;

namespace Judge.Api.Apis;

/// <summary>
/// The checks of the ad-hoc POSTs (/canary, /standalone_canary_analysis) with {canaryConfig, executionRequest}, in the
/// order they answer: 400 for a missing part, 403 for an application outside the caller's, 400 for an invalid config or
/// request. <paramref name="started"/> names what is started in messages ("canary execution"), <paramref name="subject"/>
/// what a 403 is about ("the execution").
/// </summary>
public static class AdHocStart
{
    /// <summary>The inline config with its defaults and the execution's application, or the problem to answer.</summary>
    public static (CanaryConfig? Config, string Application, ProblemHttpResult? Problem) Check(
        CanaryConfig? canaryConfig, object? executionRequest, string? application, Caller caller, string started, string subject,
        CanaryConfigValidator configValidator, Func<CanaryConfig?, IEnumerable<FieldError>> requestErrors)
    {
        var missing = AdHocBody.MissingParts(canaryConfig, executionRequest);
        if (missing.Count > 0) return (null, "", ProblemResults.Validation(missing, $"The ad-hoc {started} is incomplete."));
        var executionApplication = AdHocBody.ApplicationOrDefault(application);
        if (!caller.Sees(executionApplication)) return (null, executionApplication, ApplicationScope.Outside(caller, [executionApplication], subject));
        var config = AdHocBody.WithInlineDefaults(canaryConfig!, executionApplication);
        var errors = AdHocBody.Validate(config, configValidator, requestErrors);
        return errors.Count > 0
            ? (null, executionApplication, ProblemResults.Validation(errors, $"The ad-hoc {started} is invalid."))
            : (config, executionApplication, null);
    }
}
