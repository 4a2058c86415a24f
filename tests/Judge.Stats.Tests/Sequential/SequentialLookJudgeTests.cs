using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;
using Judge.Stats.Scoring;
using Judge.Stats.Sequential;
using Judge.Stats.Tests.Dependence;

namespace Judge.Stats.Tests.Sequential;

/// <summary>ExactACAJudge-v2 held to a look's confidence, as a sequential analysis' judgements are.</summary>
public class SequentialLookJudgeTests
{
    private static CanaryAnalysisResult Judge(ICanaryJudge judge, double[] control, double[] experiment) =>
        judge.Judge(new CanaryJudgeInput(
            [new MetricPairInput("m", "m", ["g"], new Dictionary<string, string>(), control, experiment, new MetricAnalysisConfig())],
            new Dictionary<string, double> { ["g"] = 100 }, new ScoreThresholds(95, 75))).Results[0];

    [Fact]
    public void AnEarlyLookWithFewPointsPassesWithLowEvidenceInsteadOfNodata()
    {
        double[] control = [100, 101, 99, 102, 100, 98, 101, 100, 99, 100];
        double[] experiment = [150, 151, 149, 152, 150, 148, 151, 150, 149, 150];
        var look = new ExactAcaJudgeV2().AtConfidence(SpendingBoundary.MaxConfidence);
        var result = Judge(look, control, experiment);
        Assert.Equal(MetricVerdicts.Pass, result.Classification);
        Assert.True(result.ResultMetadata!.Evidence!.LowEvidence);
        Assert.Equal(SpendingBoundary.MaxConfidence, result.ResultMetadata.Evidence.ConfidenceLevel);
        // At the judge's own 98 % the same data are plainly High; 3 points a side stay Nodata at any confidence.
        Assert.Equal(MetricVerdicts.High, Judge(new ExactAcaJudgeV2(), control, experiment).Classification);
        Assert.Equal(MetricVerdicts.Nodata, Judge(look, control[..3], experiment[..3]).Classification);
    }

    [Fact]
    public void AHigherLookConfidenceWidensTheIntervalAndIsRecorded()
    {
        var random = new Random(41);
        var control = SimulatedSeries.LogNormalLatency(random, 120, 0.5, 0.3, 100);
        var experiment = SimulatedSeries.LogNormalLatency(random, 120, 0.5, 0.3, 100);
        var usual = Judge(new ExactAcaJudgeV2(), control, experiment).ResultMetadata!;
        var look = Judge(new ExactAcaJudgeV2().AtConfidence(0.999), control, experiment).ResultMetadata!;
        Assert.True(look.CiUpper - look.CiLower > 1.3 * (usual.CiUpper - usual.CiLower));
        Assert.Equal(0.98, usual.Evidence!.ConfidenceLevel);
        Assert.Equal(0.999, look.Evidence!.ConfidenceLevel);
    }

    [Fact]
    public void WithinToleranceNeedsTheWholeIntervalInsideTheAllowedChange()
    {
        var random = new Random(42);
        var control = SimulatedSeries.LogNormalLatency(random, 360, 0, 0.1, 100);
        var same = SimulatedSeries.LogNormalLatency(random, 360, 0, 0.1, 100);
        var slower = SimulatedSeries.LogNormalLatency(random, 360, 0, 0.1, 109);
        var judge = new ExactAcaJudgeV2();
        Assert.True(Judge(judge, control, same).ResultMetadata!.Evidence!.WithinTolerance);
        // +9 %: the interval reaches past +10 % (the default tolerance), so it is not shown within it…
        var evidence = Judge(judge, control, slower).ResultMetadata!.Evidence!;
        Assert.True(evidence.RelativeLower < 0.10 && evidence.RelativeUpper > 0.10, $"{evidence.RelativeLower} … {evidence.RelativeUpper}");
        Assert.False(evidence.WithinTolerance);
        // …but it is within an allowed increase of 1.2, and a metric watching decreases only ignores the upper end.
        var allowed = new MetricAnalysisConfig { EffectSize = EffectSizeConfig.Default(EffectSizeMeasure.MeanRatio) with { AllowedIncrease = 1.2 } };
        Assert.True(ExactAcaJudgeV2.CreateClassifier().Classify("m", control, slower, allowed).Metadata!.Evidence!.WithinTolerance);
        var decrease = new MetricAnalysisConfig { Direction = Direction.Decrease };
        Assert.True(ExactAcaJudgeV2.CreateClassifier().Classify("m", control, slower, decrease).Metadata!.Evidence!.WithinTolerance);
    }
}
