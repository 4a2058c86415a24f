namespace Judge.Api.Engine;

/// <summary>How long a job waits after its n-th transient failure in a row: doubling from one second, at most a minute.</summary>
public static class RetryBackoff
{
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);

    public static TimeSpan After(int attempt) =>
        attempt >= 7 ? Longest : TimeSpan.FromSeconds(Math.Min(Longest.TotalSeconds, Math.Pow(2, attempt - 1)));
}
