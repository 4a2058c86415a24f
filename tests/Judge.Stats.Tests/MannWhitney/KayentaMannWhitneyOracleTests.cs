using Judge.Stats.EffectSizes;
using Judge.Stats.LocationShift;
using Judge.Stats.MannWhitney;
using Judge.Stats.Tests.Oracle;

namespace Judge.Stats.Tests.MannWhitney;

public class KayentaMannWhitneyOracleTests
{
    private const double RelTol = OracleTolerance.KayentaRelTol;

    [Theory]
    [MemberData(nameof(OracleFiles.MannWhitneyCaseIds), MemberType = typeof(OracleFiles))]
    public void MatchesTheROracle(string id)
    {
        var c = OracleFiles.MannWhitneyCase(id);
        var experiment = OracleFiles.Sample(c.Experiment);
        var control = OracleFiles.Sample(c.Control);
        var expected = c.Expected;

        var rankSum = KayentaMannWhitney.RankSum(experiment, control);
        Assert.Equal(expected.Statistic ?? double.NaN, rankSum.Statistic);
        OracleTolerance.Close(expected.PValue, rankSum.PValue, OracleTolerance.PValueRelTol, "rank-sum pValue", id);

        OracleTolerance.Close(expected.MeanRatio, EffectSize.MeanRatio(control, experiment), RelTol, "meanRatio", id);
        OracleTolerance.Close(expected.Cles, EffectSize.Cles(control, experiment), RelTol, "cles", id);

        if (c.ExpectedError)
        {
            Assert.Throws<AllObservationsTiedException>(
                () => new KayentaMannWhitney().Compare(experiment, control, c.ConfLevel));
            return;
        }

        var full = KayentaMannWhitney.Analyze(experiment, control, c.ConfLevel);
        Assert.Equal(expected.Statistic ?? double.NaN, full.Statistic);
        OracleTolerance.Close(expected.PValue, full.PValue, OracleTolerance.PValueRelTol, "pValue", id);
        OracleTolerance.Close(expected.CiLower, full.CiLower, RelTol, "ciLower", id);
        OracleTolerance.Close(expected.CiUpper, full.CiUpper, RelTol, "ciUpper", id);
        OracleTolerance.Close(expected.Estimate, full.REstimate, RelTol, "estimate", id);
        OracleTolerance.Close(expected.KayentaEstimate, full.KayentaEstimate, RelTol, "kayentaEstimate", id);

        var compared = new KayentaMannWhitney().Compare(experiment, control, c.ConfLevel);
        Assert.Equal(new LocationShiftResult(full.PValue, full.Statistic, full.CiLower, full.CiUpper,
            full.KayentaEstimate, "normal"), compared);
    }
}
