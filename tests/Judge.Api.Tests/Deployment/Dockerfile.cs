using System.Text;
using System.Text.Json;

namespace Judge.Api.Tests.Deployment;

/// <summary>One instruction of a Dockerfile: its keyword (upper case) and the rest of its logical line.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments);

/// <summary>
/// The parts of a Dockerfile the container tests check, read the way docker reads them: comment lines dropped, lines
/// ending in a backslash joined, stages split at FROM. Only what this repository's Dockerfile uses is understood.
/// </summary>
public sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<IReadOnlyList<DockerInstruction>> stages) => Stages = stages;

    /// <summary>Each stage's instructions, its FROM first.</summary>
    public IReadOnlyList<IReadOnlyList<DockerInstruction>> Stages { get; }

    public IReadOnlyList<DockerInstruction> FinalStage => Stages[^1];

    public static Dockerfile Read(string path) => Parse(System.IO.File.ReadAllText(path));

    public static Dockerfile Parse(string text)
    {
        var stages = new List<List<DockerInstruction>>();
        foreach (var line in LogicalLines(text))
        {
            var split = line.IndexOfAny([' ', '\t']);
            var keyword = (split < 0 ? line : line[..split]).ToUpperInvariant();
            var arguments = split < 0 ? "" : line[(split + 1)..].Trim();
            if (keyword == "FROM") stages.Add([]);
            if (stages.Count == 0) throw new FormatException($"'{line}' comes before the first FROM.");
            stages[^1].Add(new DockerInstruction(keyword, arguments));
        }
        return new Dockerfile(stages);
    }

    /// <summary>The final stage's ENV, in order; later instructions replace earlier values.</summary>
    public IReadOnlyDictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in FinalStage.Where(i => i.Keyword == "ENV"))
            foreach (var pair in Words(env.Arguments))
            {
                var equals = pair.IndexOf('=');
                if (equals <= 0) throw new FormatException($"ENV {env.Arguments}: only the key=value form is understood.");
                environment[pair[..equals]] = pair[(equals + 1)..];
            }
        return environment;
    }

    public string? User() => FinalStage.LastOrDefault(i => i.Keyword == "USER")?.Arguments;

    public IReadOnlyList<string> ExposedPorts() =>
        FinalStage.Where(i => i.Keyword == "EXPOSE").SelectMany(i => Words(i.Arguments)).ToList();

    /// <summary>The final stage's HEALTHCHECK command, which must be in exec form (a JSON array after CMD).</summary>
    public IReadOnlyList<string> HealthcheckCommand()
    {
        var healthcheck = FinalStage.LastOrDefault(i => i.Keyword == "HEALTHCHECK")
            ?? throw new InvalidOperationException("The final stage has no HEALTHCHECK.");
        var cmd = healthcheck.Arguments.IndexOf("CMD ", StringComparison.Ordinal);
        if (cmd < 0) throw new FormatException($"HEALTHCHECK {healthcheck.Arguments}: no CMD.");
        return JsonSerializer.Deserialize<string[]>(healthcheck.Arguments[(cmd + 4)..].Trim())
            ?? throw new FormatException("HEALTHCHECK CMD is not a JSON array.");
    }

    private static IEnumerable<string> LogicalLines(string text)
    {
        var current = new StringBuilder();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#')) continue;
            if (line.EndsWith('\\'))
            {
                current.Append(line[..^1]).Append(' ');
                continue;
            }
            current.Append(line);
            if (current.ToString().Trim() is { Length: > 0 } complete) yield return complete;
            current.Clear();
        }
        if (current.ToString().Trim() is { Length: > 0 } last) yield return last;
    }

    /// <summary>Whitespace-separated words; double quotes group (and are removed).</summary>
    private static IEnumerable<string> Words(string arguments)
    {
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in arguments)
        {
            if (c == '"') { quoted = !quoted; any = true; continue; }
            if (char.IsWhiteSpace(c) && !quoted)
            {
                if (any) yield return word.ToString();
                word.Clear();
                any = false;
                continue;
            }
            word.Append(c);
            any = true;
        }
        if (any) yield return word.ToString();
    }
}
