using Judge.Stats.Exact;
using Judge.Stats.LocationShift;
using Judge.Stats.Tests.Oracle;

namespace Judge.Stats.Tests.Exact;

/// <summary>Every case of mannwhitney-cases.json against its exact-mode expectation (oracle README 6.7, 6.8).</summary>
public class ExactMannWhitneyOracleTests
{
    private readonly ExactMannWhitney _test = new();

    [Theory]
    [MemberData(nameof(OracleFiles.MannWhitneyCaseIds), MemberType = typeof(OracleFiles))]
    public void MatchesTheExactModeOracle(string id)
    {
        var oracle = OracleFiles.MannWhitneyCase(id);
        var experiment = OracleFiles.Sample(oracle.Experiment);
        var control = OracleFiles.Sample(oracle.Control);
        var expected = oracle.Exact;

        if (expected.ExpectedError)
        {
            Assert.Throws<AllObservationsTiedException>(() => _test.Analyze(experiment, control, oracle.ConfLevel));
            return;
        }

        var actual = _test.Analyze(experiment, control, oracle.ConfLevel);

        Assert.Equal(expected.Regime, actual.Regime);
        OracleTolerance.Close(expected.PValue, actual.PValue, OracleTolerance.PValueRelTol, "pValue", id);
        OracleTolerance.Close(expected.CiLower, actual.CiLower, OracleTolerance.ExactRelTol, "ciLower", id);
        OracleTolerance.Close(expected.CiUpper, actual.CiUpper, OracleTolerance.ExactRelTol, "ciUpper", id);
        OracleTolerance.Close(expected.Estimate, actual.Estimate, OracleTolerance.ExactRelTol, "estimate", id);
        Assert.Equal(expected.CiLowerRank, actual.CiLowerRank);
        Assert.Equal(expected.CiUpperRank, actual.CiUpperRank);
        if (oracle.Expected.Statistic is { } statistic)
            Assert.Equal(statistic, actual.Statistic);
    }

    [Theory]
    [MemberData(nameof(OracleFiles.MannWhitneyCaseIds), MemberType = typeof(OracleFiles))]
    public void CompareReturnsTheSameNumbersAsAnalyze(string id)
    {
        var oracle = OracleFiles.MannWhitneyCase(id);
        if (oracle.Exact.ExpectedError)
            return;
        var experiment = OracleFiles.Sample(oracle.Experiment);
        var control = OracleFiles.Sample(oracle.Control);

        var detailed = _test.Analyze(experiment, control, oracle.ConfLevel);
        var contract = _test.Compare(experiment, control, oracle.ConfLevel);

        Assert.Equal(detailed.ToLocationShiftResult(), contract);
    }

    public static TheoryData<string> ScaleGroups() =>
        new(OracleFiles.MannWhitney.Cases.Where(c => c.ScaleGroup is not null).Select(c => c.ScaleGroup!).Distinct());

    /// <summary>Within a scale group the bounds and estimate scale with the data; regime, ranks and p-value do not change.</summary>
    [Theory]
    [MemberData(nameof(ScaleGroups))]
    public void ScaleGroupsScaleWithTheirFactor(string group)
    {
        var cases = OracleFiles.MannWhitney.Cases.Where(c => c.ScaleGroup == group).ToList();
        var unit = cases.Single(c => c.ScaleFactor == 1.0);
        var unitResult = Run(unit);
        Assert.True(cases.Count >= 3, $"{group} should hold three scales");

        foreach (var scaled in cases.Where(c => c != unit))
        {
            var factor = scaled.ScaleFactor!.Value;
            var result = Run(scaled);
            Assert.Equal(unitResult.Regime, result.Regime);
            Assert.Equal(unitResult.CiLowerRank, result.CiLowerRank);
            Assert.Equal(unitResult.CiUpperRank, result.CiUpperRank);
            Assert.Equal(unitResult.PValue, result.PValue);
            AssertScaled(unitResult.CiLower * factor, result.CiLower, $"{scaled.Id} ciLower");
            AssertScaled(unitResult.CiUpper * factor, result.CiUpper, $"{scaled.Id} ciUpper");
            AssertScaled(unitResult.Estimate * factor, result.Estimate, $"{scaled.Id} estimate");
        }
    }

    private ExactMannWhitneyResult Run(MannWhitneyCase c) =>
        _test.Analyze(OracleFiles.Sample(c.Experiment), OracleFiles.Sample(c.Control), c.ConfLevel);

    private static void AssertScaled(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-13 * Math.Abs(expected),
            $"{what}: expected {expected:R} (scaled), actual {actual:R}");
}
