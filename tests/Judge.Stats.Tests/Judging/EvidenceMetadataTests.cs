using Judge.Stats.Configuration;
using Judge.Stats.Dependence;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Judging;

public class EvidenceMetadataTests
{
    private static MetricEvidenceMetadata Of(double detectable, MetricKind kind = MetricKind.Continuous, RateRatioEvidence? rates = null)
    {
        var config = new MetricAnalysisConfig { EffectSize = new EffectSizeConfig(EffectSizeMeasure.MeanRatio, 1.25, 1.0, 1.0, 1.0) };
        var evidence = new MetricEvidence(kind, new SeriesDependence(30, 1.5, 0.3), new SeriesDependence(20, 2.0, 0.4),
            2.5, detectable, true, -0.05, double.PositiveInfinity, rates);
        return EvidenceMetadata.Add(new ResultMetadata(1.0), evidence, config, 0.98).Evidence!;
    }

    [Fact]
    public void EvidenceIsLowOnlyWhenTheDetectableChangeExceedsTheTolerance()
    {
        // The allowed increase 1.25 makes the tolerance 0.25 (exact in binary): exactly 0.25 detectable is enough evidence.
        Assert.False(Of(0.25).LowEvidence);
        Assert.True(Of(0.2500001).LowEvidence);
        Assert.False(Of(0.1).LowEvidence);
        Assert.True(Of(double.PositiveInfinity).LowEvidence);
        Assert.Null(Of(double.PositiveInfinity).DetectableEffect);
        Assert.Equal(0.25, Of(0.1).Tolerance);
    }

    [Fact]
    public void TheMetadataCarriesTheSizesAndDropsUnboundedEnds()
    {
        var m = Of(0.1);
        Assert.Equal("continuous", m.MetricKind);
        Assert.Equal(20, m.ControlEffectiveSize);
        Assert.Equal(10, m.ExperimentEffectiveSize);
        Assert.Equal(1.5, m.ControlInflation);
        Assert.Equal(2.0, m.ExperimentInflation);
        Assert.Equal(2.5, m.VarianceInflation);
        Assert.Equal(0.98, m.ConfidenceLevel);
        Assert.Equal(-0.05, m.RelativeLower);
        Assert.Null(m.RelativeUpper);
        Assert.Null(m.RateRatio);
        Assert.Null(m.ControlTotal);

        var counts = Of(0.1, MetricKind.Count, new RateRatioEvidence(double.PositiveInfinity, 1.5, double.PositiveInfinity, 0, 9));
        Assert.Equal("count", counts.MetricKind);
        Assert.Null(counts.RateRatio);
        Assert.Equal(1.5, counts.RateRatioLower);
        Assert.Null(counts.RateRatioUpper);
        Assert.Equal(0, counts.ControlTotal);
        Assert.Equal(9, counts.ExperimentTotal);
    }
}
