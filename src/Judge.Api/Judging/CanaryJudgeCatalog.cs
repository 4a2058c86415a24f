using Judge.Api.Problems;
using Judge.Stats.Judging;

namespace Judge.Api.Judging;

/// <summary>The judges this service runs, in registration order; the first is the default (a config without judge.name).</summary>
public sealed class CanaryJudgeCatalog
{
    public CanaryJudgeCatalog(IEnumerable<ICanaryJudge> judges)
    {
        All = judges.ToList();
        if (All.Count == 0) throw new InvalidOperationException("No canary judge is registered.");
    }

    public IReadOnlyList<ICanaryJudge> All { get; }

    public ICanaryJudge Default => All[0];

    public bool IsKnown(string? name) => string.IsNullOrWhiteSpace(name) || Find(name) is not null;

    // Names match ignoring case and surrounding blanks, as Judge.Stats' JudgeCatalog does.
    private ICanaryJudge? Find(string name) =>
        All.FirstOrDefault(j => string.Equals(j.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The judge a config names, or the default when it names none.</summary>
    /// <exception cref="ProblemException">400 for an unknown name, naming judge.name.</exception>
    public ICanaryJudge Resolve(string? name, string field = "judge.name")
    {
        if (string.IsNullOrWhiteSpace(name)) return Default;
        return Find(name)
            ?? throw ProblemException.BadRequest(field,
                $"Unable to resolve canary judge '{name}' (known: {string.Join(", ", All.Select(j => j.Name))}).");
    }
}
