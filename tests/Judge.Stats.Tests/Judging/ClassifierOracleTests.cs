using Judge.Stats.Judging;
using Judge.Stats.Tests.Oracle;

namespace Judge.Stats.Tests.Judging;

/// <summary>Every case of classifier-cases.json through the per-metric pipeline, in Kayenta mode and in exact mode.</summary>
public class ClassifierOracleTests
{
    private static readonly MetricClassifier KayentaMode = NetflixAcaJudge.CreateClassifier();
    private static readonly MetricClassifier ExactMode = ExactAcaJudge.CreateClassifier();

    [Theory]
    [MemberData(nameof(OracleFiles.ClassifierCaseIds), MemberType = typeof(OracleFiles))]
    public void KayentaModeMatchesExpected(string id)
    {
        var testCase = OracleFiles.ClassifierCase(id);
        var outcome = Run(KayentaMode, testCase);

        Assert.True(testCase.Expected.Classification == outcome.Classification,
            $"{id}: expected {testCase.Expected.Classification}, got {outcome.Classification} ({outcome.Reason})");
        Assert.Equal(testCase.Expected.Critical, outcome.Critical);

        var diagnostics = testCase.Diagnostics;
        if (diagnostics is null)
            return;
        Assert.Equal(diagnostics.Path, outcome.Path);
        if (diagnostics.Path != "mann-whitney" || testCase.RandomNoise)
            return;
        var m = outcome.Metadata!;
        const double rel = OracleTolerance.KayentaRelTol;
        OracleTolerance.Close(diagnostics.CiLower, m.CiLower!.Value, rel, "ciLower", id);
        OracleTolerance.Close(diagnostics.CiUpper, m.CiUpper!.Value, rel, "ciUpper", id);
        OracleTolerance.Close(diagnostics.KayentaEstimate, m.Estimate!.Value, rel, "kayentaEstimate", id);
        OracleTolerance.Close(diagnostics.LowerBound, m.LowerBound!.Value, rel, "lowerBound", id);
        OracleTolerance.Close(diagnostics.UpperBound, m.UpperBound!.Value, rel, "upperBound", id);
        OracleTolerance.Close(diagnostics.EffectSize, m.EffectSize!.Value, rel, "effectSize", id);
        OracleTolerance.Close(diagnostics.MeanRatio, m.Ratio, rel, "meanRatio", id);
    }

    [Theory]
    [MemberData(nameof(OracleFiles.ClassifierCaseIds), MemberType = typeof(OracleFiles))]
    public void ExactModeMatchesExpectedExact(string id)
    {
        var testCase = OracleFiles.ClassifierCase(id);
        var outcome = Run(ExactMode, testCase);

        Assert.True(testCase.ExpectedExact.Classification == outcome.Classification,
            $"{id}: expected {testCase.ExpectedExact.Classification}, got {outcome.Classification} ({outcome.Reason})");
        Assert.Equal(testCase.ExpectedExact.Critical, outcome.Critical);

        var diagnostics = testCase.ExactDiagnostics;
        if (diagnostics is null)
            return;
        Assert.Equal(diagnostics.Path, outcome.Path);
        if (diagnostics.Path != "mann-whitney")
            return;
        var m = outcome.Metadata!;
        const double rel = OracleTolerance.ExactRelTol;
        Assert.Equal(diagnostics.Regime, m.Regime);
        OracleTolerance.Close(diagnostics.CiLower, m.CiLower!.Value, rel, "ciLower", id);
        OracleTolerance.Close(diagnostics.CiUpper, m.CiUpper!.Value, rel, "ciUpper", id);
        OracleTolerance.Close(diagnostics.Estimate, m.Estimate!.Value, rel, "estimate", id);
        OracleTolerance.Close(diagnostics.LowerBound, m.LowerBound!.Value, rel, "lowerBound", id);
        OracleTolerance.Close(diagnostics.UpperBound, m.UpperBound!.Value, rel, "upperBound", id);
        OracleTolerance.Close(diagnostics.EffectSize, m.EffectSize!.Value, rel, "effectSize", id);
    }

    [Fact]
    public void RandomNoiseCasesGiveTheSameVerdictOnEveryRun()
    {
        var noisy = OracleFiles.Classifier.Cases.Where(c => c.RandomNoise).ToList();
        Assert.NotEmpty(noisy);
        foreach (var testCase in noisy)
        {
            var first = Run(NetflixAcaJudge.CreateClassifier(), testCase);
            var second = Run(NetflixAcaJudge.CreateClassifier(), testCase);
            Assert.Equal(first.Metadata, second.Metadata);
            Assert.Equal(first.Reason, second.Reason);
        }
    }

    private static MetricClassification Run(MetricClassifier classifier, ClassifierCase testCase) =>
        classifier.Classify(testCase.Id, OracleFiles.Sample(testCase.Control), OracleFiles.Sample(testCase.Experiment),
            OracleCaseConfig.ToAnalysis(testCase.Config));
}
