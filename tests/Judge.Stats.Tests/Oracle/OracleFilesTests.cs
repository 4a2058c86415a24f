namespace Judge.Stats.Tests.Oracle;

public class OracleFilesTests
{
    [Fact]
    public void OracleFilesLoadWithEveryCase()
    {
        Assert.True(OracleFiles.MannWhitney.Cases.Count >= 50, "mannwhitney-cases.json should hold the public cases");
        Assert.True(OracleFiles.Classifier.Cases.Count >= 40, "classifier-cases.json should hold the public cases");
        Assert.All(OracleFiles.MannWhitney.Cases, c => Assert.NotNull(c.Exact));
        Assert.Contains(OracleFiles.Classifier.Cases, c => c.Experiment.Any(v => v is null));
    }

    [Fact]
    public void The_default_oracle_directory_is_inside_the_repository_and_holds_every_file()
    {
        var root = Path.GetFullPath(OracleFiles.RepoRoot()) + Path.DirectorySeparatorChar;
        var directory = Path.GetFullPath(OracleFiles.DefaultDirectory);
        Assert.StartsWith(root, directory);
        foreach (var file in new[] { "README.md", "mannwhitney-cases.json", "classifier-cases.json" })
            Assert.True(File.Exists(Path.Combine(directory, file)), $"{file} is missing from {directory}");
    }
}
