using System.Text;
using Judge.Stats.Judging;
using MathNet.Numerics.Distributions;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// The jitter added to two constant series is seeded from the data: 64-bit FNV-1a over, for the baseline then the
/// canary, the series' length (one byte for lengths below 256) and each value's IEEE-754 bytes, least significant
/// first, folded to 32 bits as hash ^ (hash >> 32). The canary's noise is drawn first. Pinning the jitter keeps a
/// verdict on tied data from changing between versions.
/// </summary>
public class DegenerateDataNoiseSeedTests
{
    // FNV-1a 64 over a byte stream, checked against the published test vectors below.
    private static ulong Fnv1a(IEnumerable<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
            hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }

    [Fact]
    public void TheHashIsFnv1aAsPublished()
    {
        Assert.Equal(0xcbf29ce484222325UL, Fnv1a([]));
        Assert.Equal(0xaf63dc4c8601ec8cUL, Fnv1a(Encoding.ASCII.GetBytes("a")));
        Assert.Equal(0x85944171f73967e8UL, Fnv1a(Encoding.ASCII.GetBytes("foobar")));
    }

    [Theory]
    [InlineData(new[] { 5.0, 5.0, 5.0 }, new[] { 7.0, 7.0, 7.0, 7.0 })]
    [InlineData(new[] { -2.5, -2.5 }, new[] { 1e6 })]
    public void TheJitterIsDrawnFromTheDataSeed(double[] control, double[] experiment)
    {
        var stream = new List<byte>();
        foreach (var series in new[] { control, experiment })
        {
            stream.Add((byte)series.Length);
            foreach (var v in series)
                stream.AddRange(BitConverter.IsLittleEndian ? BitConverter.GetBytes(v) : BitConverter.GetBytes(v).Reverse());
        }
        var hash = Fnv1a(stream);
        var random = new Random((int)(hash ^ (hash >> 32)));
        double[] Noisy(double[] s) => s.Select(v => v + Normal.Sample(random, 0, Math.Abs(v) * 1e-5)).ToArray();
        var expectedExperiment = Noisy(experiment);
        var expectedControl = Noisy(control);

        var (noisyControl, noisyExperiment) = DegenerateDataNoise.Apply(control, experiment);

        Assert.Equal(expectedControl, noisyControl);
        Assert.Equal(expectedExperiment, noisyExperiment);
    }

    [Fact]
    public void AZeroSeriesGetsNoNoise()
    {
        var (control, experiment) = DegenerateDataNoise.Apply([0.0, 0.0], [3.0, 3.0]);
        Assert.Equal([0.0, 0.0], control);
        Assert.All(experiment, v => Assert.InRange(v, 3 - 3e-4, 3 + 3e-4));
        Assert.NotEqual(3.0, experiment[0]);
    }

    [Fact]
    public void OnlyTwoNonEmptyConstantSeriesAreDegenerate()
    {
        Assert.True(DegenerateDataNoise.IsDegenerate([2.0, 2.0], [3.0]));
        Assert.False(DegenerateDataNoise.IsDegenerate([], [3.0, 3.0]));
        Assert.False(DegenerateDataNoise.IsDegenerate([2.0, 2.0], []));
        Assert.False(DegenerateDataNoise.IsDegenerate([2.0, 2.5], [3.0, 3.0]));
    }
}
