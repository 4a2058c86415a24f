namespace Judge.Stats.Tests.Oracle;

// The shapes of tests/oracle/*.json (see its README). null in a sample = NaN; null in an expected value = NaN/error.

public sealed record MannWhitneyOracleFile(IReadOnlyList<MannWhitneyCase> Cases);

public sealed record MannWhitneyCase(
    string Id,
    string Category,
    string Description,
    double ConfLevel,
    IReadOnlyList<double?> Control,
    IReadOnlyList<double?> Experiment,
    bool ExpectedError,
    string? ScaleGroup,
    double? ScaleFactor,
    KayentaExpectation Expected,
    ExactExpectation Exact)
{
    public override string ToString() => Id;
}

public sealed record KayentaExpectation(
    double? PValue,
    double? Statistic,
    double? CiLower,
    double? CiUpper,
    double? Estimate,
    double? KayentaEstimate,
    double? MeanRatio,
    double? Cles);

public sealed record ExactExpectation(
    string? Regime,
    bool ExpectedError,
    double? PValue,
    double? CiLower,
    double? CiUpper,
    double? Estimate,
    long? CiLowerRank,
    long? CiUpperRank);

public sealed record ClassifierOracleFile(IReadOnlyList<ClassifierCase> Cases);

public sealed record ClassifierCase(
    string Id,
    string Category,
    string Description,
    IReadOnlyList<double?> Control,
    IReadOnlyList<double?> Experiment,
    ClassifierCaseConfig Config,
    ClassifierOutcome Expected,
    ClassifierOutcome ExpectedExact,
    bool ExactDiffers,
    bool RandomNoise,
    ClassifierDiagnostics? Diagnostics,
    ClassifierDiagnostics? ExactDiagnostics)
{
    public override string ToString() => Id;
}

public sealed record ClassifierCaseConfig(
    string Direction,
    string NanStrategy,
    bool Critical,
    bool MustHaveData,
    ClassifierEffectSize EffectSize,
    ClassifierOutliers Outliers);

public sealed record ClassifierEffectSize(
    string Measure,
    double AllowedIncrease,
    double AllowedDecrease,
    double CriticalIncrease,
    double CriticalDecrease);

public sealed record ClassifierOutliers(string Strategy, double OutlierFactor);

public sealed record ClassifierOutcome(string Classification, bool Critical);

public sealed record ClassifierDiagnostics(
    string Path,
    string? Regime,
    double? CiLower,
    double? CiUpper,
    double? KayentaEstimate,
    double? Estimate,
    double? LowerBound,
    double? UpperBound,
    double? EffectSize,
    double? MeanRatio);
