namespace Judge.Api.Execution;

public static class CanaryScopeDefaults
{
    /// <summary>Kayenta's CanaryScope.step when the request leaves it out.</summary>
    public const long StepSeconds = 60;
}
