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
}
