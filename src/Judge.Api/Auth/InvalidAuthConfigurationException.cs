namespace Judge.Api.Auth;

/// <summary>Judge:Auth is unusable or missing where it is needed: the service refuses to start. Never holds a key.</summary>
public sealed class InvalidAuthConfigurationException(IReadOnlyList<string> problems)
    : Exception("Judge:Auth is invalid: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
