using System.Text.Json;
using System.Text.Json.Serialization;

namespace Judge.Stats.Tests.Oracle;

/// <summary>
/// The R oracle vectors: read from JUDGE_ORACLE_DIR when set, else from tests/oracle in this repository.
/// A missing directory fails the tests that need it, with the paths tried.
/// </summary>
public static class OracleFiles
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static readonly Lazy<MannWhitneyOracleFile> MannWhitneyFile = new(() => Load<MannWhitneyOracleFile>("mannwhitney-cases.json"));
    private static readonly Lazy<ClassifierOracleFile> ClassifierFile = new(() => Load<ClassifierOracleFile>("classifier-cases.json"));

    public static MannWhitneyOracleFile MannWhitney => MannWhitneyFile.Value;

    public static ClassifierOracleFile Classifier => ClassifierFile.Value;

    public static string Directory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("JUDGE_ORACLE_DIR");
            return string.IsNullOrEmpty(configured) ? DefaultDirectory : configured;
        }
    }

    /// <summary>The copy kept in the repository, so that a fresh clone tests itself with nothing beside it.</summary>
    public static string DefaultDirectory => Path.Combine(RepoRoot(), "tests", "oracle");

    /// <summary>Case ids as xunit theory data, so each case is its own test.</summary>
    public static TheoryData<string> MannWhitneyCaseIds() => new(MannWhitney.Cases.Select(c => c.Id));

    public static TheoryData<string> ClassifierCaseIds() => new(Classifier.Cases.Select(c => c.Id));

    public static MannWhitneyCase MannWhitneyCase(string id) => MannWhitney.Cases.Single(c => c.Id == id);

    public static ClassifierCase ClassifierCase(string id) => Classifier.Cases.Single(c => c.Id == id);

    /// <summary>JSON null stands for NaN in the sample arrays.</summary>
    public static double[] Sample(IReadOnlyList<double?> values) => values.Select(v => v ?? double.NaN).ToArray();

    private static T Load<T>(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"Oracle file not found at {path}. The vectors live in tests/oracle; JUDGE_ORACLE_DIR overrides that folder.", path);
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{path} is empty");
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No Judge.sln above {AppContext.BaseDirectory}");
    }
}
