using Judge.Stats.MannWhitney;
using Judge.Stats.Ranking;

namespace Judge.Stats.Tests.MannWhitney;

/// <summary>The merge-based evaluation must equal R's definition (rank the concatenation, sum the x ranks in
/// original order, tie term over groups of equal ranks) bit for bit, shifts that create cross-sample ties included.</summary>
public class ShiftedRankSumTests
{
    [Theory]
    [InlineData(1, 7, 9, 0.0)]
    [InlineData(2, 40, 30, 1.0)]
    [InlineData(3, 25, 60, 0.5)]
    [InlineData(4, 100, 100, 0.001)]
    [InlineData(5, 3, 50, 1e-6)]
    public void MatchesRanksOfTheConcatenation(int seed, int nx, int ny, double roundTo)
    {
        var random = new Random(seed);
        double Draw(double shift)
        {
            var v = shift + random.NextDouble() * 10 - 5;
            return roundTo > 0 ? Math.Round(v / roundTo) * roundTo : v;
        }
        var x = Enumerable.Range(0, nx).Select(_ => Draw(0.7)).ToArray();
        var y = Enumerable.Range(0, ny).Select(_ => Draw(0)).ToArray();
        var statistic = new ShiftedRankSum(x, y);

        var shifts = new List<double> { 0, x.Min() - y.Max(), x.Max() - y.Min() };
        for (var k = 0; k < 20; k++)
        {
            shifts.Add(x[random.Next(nx)] - y[random.Next(ny)]); // lands exactly on a pairwise difference
            shifts.Add(random.NextDouble() * 12 - 6);
        }

        foreach (var d in shifts)
            foreach (var (zq, correct) in new[] { (2.3263478740408408, true), (-1.9599639845400536, true), (0.0, false) })
                Assert.Equal(Reference(x, y, d, zq, correct), statistic.Standardised(d, zq, correct));
    }

    private static double Reference(double[] x, double[] y, double d, double zq, bool correct)
    {
        double nx = x.Length, ny = y.Length;
        var ranks = AverageRanks.Of(x.Select(v => v - d).Concat(y).ToArray());
        var rankSum = 0.0;
        for (var i = 0; i < x.Length; i++)
            rankSum += ranks[i];
        var ties = ranks.GroupBy(r => r).Sum(g => Math.Pow(g.Count(), 3) - g.Count());
        var dz = rankSum - nx * (nx + 1) / 2 - nx * ny / 2;
        var correction = correct ? Math.Sign(dz) * 0.5 : 0;
        var sigma = Math.Sqrt((nx * ny / 12) * ((nx + ny + 1) - ties / ((nx + ny) * (nx + ny - 1))));
        return (dz - correction) / sigma - zq;
    }
}
