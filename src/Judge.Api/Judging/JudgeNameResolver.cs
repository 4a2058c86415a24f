using Judge.Api.Problems;
using Judge.Stats.Judging;

namespace Judge.Api.Judging;

/// <summary>
/// The judge a canary config's judge.name picks from Judge.Stats' <see cref="JudgeCatalog"/> (names match ignoring
/// case and surrounding blanks; no name picks the catalog's default), with an unknown name answered as a 400.
/// </summary>
public sealed class JudgeNameResolver
{
    public IReadOnlyList<ICanaryJudge> All => JudgeCatalog.All;

    public bool IsKnown(string? name) => JudgeCatalog.TryFind(name, out _);

    /// <summary>The judge a config names, or the default when it names none.</summary>
    /// <exception cref="ProblemException">400 for an unknown name, naming <paramref name="field"/>.</exception>
    public ICanaryJudge Resolve(string? name, string field = "judge.name") =>
        JudgeCatalog.TryFind(name, out var judge)
            ? judge
            : throw ProblemException.BadRequest(field,
                $"Unable to resolve canary judge '{name}' (known: {string.Join(", ", All.Select(j => j.Name))}).");
}
