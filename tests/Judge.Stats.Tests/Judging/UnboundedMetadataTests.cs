using Judge.Stats.Configuration;
using Judge.Stats.Judging;

namespace Judge.Stats.Tests.Judging;

public class UnboundedMetadataTests
{
    // JSON has no infinities: where the baseline saw no event the rate ratio, its interval's upper end and the effect
    // are unbounded, and the metadata leaves them out instead of writing ∞.
    [Fact]
    public void ACountWhoseBaselineSawNoEventHasNoUpperEndOrEffectInItsMetadata()
    {
        var result = ExactAcaJudgeV2.CreateClassifier().Classify("errors", [0, 0, 0, 0, 0], [3, 4, 2, 5, 3],
            new MetricAnalysisConfig { Kind = MetricKind.Count });

        var metadata = result.Metadata!;
        Assert.Null(metadata.CiUpper);
        Assert.NotNull(metadata.CiLower);
        Assert.True(double.IsFinite(metadata.CiLower!.Value));
        Assert.Null(metadata.EffectSize);
        Assert.Null(metadata.Evidence!.RateRatio);
        Assert.Null(metadata.Evidence.RateRatioUpper);
        Assert.Equal(0, metadata.Evidence.ControlTotal);
        Assert.Equal(17, metadata.Evidence.ExperimentTotal);
    }
}
