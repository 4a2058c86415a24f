namespace Judge.Api.Accounts;

/// <summary>Judge:Accounts is unusable; thrown while the host is being built so the service never starts half-configured.</summary>
public sealed class InvalidAccountConfigurationException(IReadOnlyList<string> problems)
    : Exception("Invalid account configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
