namespace Judge.Stats.Tests.Oracle;

/// <summary>The oracle's comparison rule: |actual − expected| ≤ absTol + relTol·|expected|; null expected means NaN (or an error).</summary>
public static class OracleTolerance
{
    public const double AbsTol = 1e-12;
    public const double KayentaRelTol = 1e-8;
    public const double ExactRelTol = 1e-9;
    public const double PValueRelTol = 1e-8;

    public static void Close(double? expected, double actual, double relTol, string what, string caseId)
    {
        if (expected is null)
        {
            Assert.True(double.IsNaN(actual), $"{caseId}: {what} should be NaN/null, was {actual:R}");
            return;
        }
        var e = expected.Value;
        var limit = AbsTol + relTol * Math.Abs(e);
        Assert.True(Math.Abs(actual - e) <= limit,
            $"{caseId}: {what} expected {e:R}, actual {actual:R} (diff {Math.Abs(actual - e):R} > {limit:R})");
    }
}
