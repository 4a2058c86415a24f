using Judge.Stats.Configuration;
using Judge.Stats.Results;

namespace Judge.Stats.Judging;

/// <summary>Writes a comparison's <see cref="MetricEvidence"/> into the result's metadata.</summary>
internal static class EvidenceMetadata
{
    public static ResultMetadata Add(ResultMetadata metadata, MetricEvidence evidence, MetricAnalysisConfig config,
        double confidenceLevel)
    {
        var tolerance = LowEvidence.Tolerance(config);
        var detectable = double.IsFinite(evidence.DetectableEffect) ? evidence.DetectableEffect : (double?)null;
        var rates = evidence.RateRatio;
        return metadata with
        {
            Evidence = new MetricEvidenceMetadata(
                MetricKind: evidence.Kind == MetricKind.Count ? "count" : "continuous",
                DetectableEffect: detectable,
                LowEvidence: detectable is null || detectable > tolerance,
                Tolerance: tolerance,
                ControlEffectiveSize: evidence.Control.EffectiveSize,
                ExperimentEffectiveSize: evidence.Experiment.EffectiveSize,
                ControlInflation: evidence.Control.Inflation,
                ExperimentInflation: evidence.Experiment.Inflation,
                VarianceInflation: evidence.VarianceInflation,
                ConfidenceLevel: confidenceLevel,
                RelativeLower: Finite(evidence.RelativeLower),
                RelativeUpper: Finite(evidence.RelativeUpper),
                WithinTolerance: ToleranceBand.Contains(evidence, config),
                RateRatio: Finite(rates?.Ratio),
                RateRatioLower: Finite(rates?.Lower),
                RateRatioUpper: Finite(rates?.Upper),
                ControlTotal: rates?.ControlTotal,
                ExperimentTotal: rates?.ExperimentTotal),
        };
    }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
