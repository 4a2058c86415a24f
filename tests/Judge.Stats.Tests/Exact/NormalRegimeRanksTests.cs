using Judge.Stats.Exact;

namespace Judge.Stats.Tests.Exact;

/// <summary>
/// The normal regime's bound ranks: a critical value that h(g) reaches exactly leaves Z at 0 between two
/// differences, and the bound is their midpoint; critical values beyond every h(g) give the extreme ranks.
/// </summary>
public class NormalRegimeRanksTests
{
    private const int Nx = 10, Ny = 12, N = Nx * Ny;
    private readonly NormalRegimeRanks _ranks = new(Nx, Ny, withinSampleTies: 0);

    [Theory]
    [InlineData(90)]
    [InlineData(25)]
    public void ACriticalValueOnAStepGivesTheTwoNeighbouringRanks(long g)
    {
        var bound = _ranks.Bound(_ranks.H(g));
        Assert.Equal(new BoundRanks(N - g, N - g + 1), bound);
    }

    [Fact]
    public void ACriticalValueBetweenStepsGivesOneRank()
    {
        var zq = (_ranks.H(90) + _ranks.H(91)) / 2;
        Assert.Equal(BoundRanks.Single(N - 91 + 1), _ranks.Bound(zq));
    }

    [Fact]
    public void CriticalValuesBeyondEveryStepGiveTheExtremeRanks()
    {
        Assert.Equal(BoundRanks.Single(1), _ranks.Bound(_ranks.H(N) + 1));
        Assert.Equal(BoundRanks.Single(N), _ranks.Bound(_ranks.H(0) - 1));
    }

    [Fact]
    public void TwoRanksCombineToTheirMidpointAndOneRankToItsValue()
    {
        Assert.Equal(3.5, new BoundRanks(30, 31).Combine(3, 4));
        Assert.Equal(3.0, BoundRanks.Single(30).Combine(3, 4));
    }
}
