using Judge.Stats.Configuration;
using Judge.Stats.Preprocessing;

namespace Judge.Stats.Tests.Preprocessing;

public class NanHandlingTests
{
    [Fact]
    public void RemoveDropsNaNs() => Assert.Equal([0.0, 1, 1, 0], NanHandling.RemoveNaNs([0, 1, double.NaN, 1, 0]));

    [Fact]
    public void ReplaceWritesTheReplacement() =>
        Assert.Equal([0, 10.1, 20.2, 30.3, 0, 40.4],
            NanHandling.ReplaceNaNs([double.NaN, 10.1, 20.2, 30.3, double.NaN, 40.4], 0));

    [Fact]
    public void AllNaNIsEmptyUnderRemoveAndZerosUnderReplace()
    {
        double[] allNaN = [double.NaN, double.NaN];
        Assert.Empty(NanHandling.Apply(allNaN, NanStrategy.Remove));
        Assert.Equal([0.0, 0.0], NanHandling.Apply(allNaN, NanStrategy.Replace));
    }
}
