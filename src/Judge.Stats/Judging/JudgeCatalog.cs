namespace Judge.Stats.Judging;

/// <summary>The judges a canary config can name, the default (<see cref="ExactAcaJudgeV2"/>) first.</summary>
public static class JudgeCatalog
{
    private static readonly ICanaryJudge[] Judges = [new ExactAcaJudgeV2(), new ExactAcaJudge(), new NetflixAcaJudge()];

    public static IReadOnlyList<ICanaryJudge> All => Judges;

    /// <summary>The judge used when a config names none.</summary>
    public static ICanaryJudge Default => Judges[0];

    /// <summary>Finds a judge by name, ignoring case; a null or blank name gives the default.</summary>
    public static bool TryFind(string? name, out ICanaryJudge judge)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            judge = Default;
            return true;
        }
        judge = Judges.FirstOrDefault(j => string.Equals(j.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return judge is not null;
    }

    /// <exception cref="ArgumentException">no judge has that name.</exception>
    public static ICanaryJudge Find(string? name) =>
        TryFind(name, out var judge)
            ? judge
            : throw new ArgumentException(
                $"judge '{name}' is unknown; known judges: {string.Join(", ", Judges.Select(j => j.Name))}", nameof(name));
}
