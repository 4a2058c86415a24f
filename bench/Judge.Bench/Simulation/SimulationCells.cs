using Judge.Stats.Configuration;
using Judge.Stats.Tests.Dependence;

namespace Judge.Bench.Simulation;

/// <summary>The cells issue 11's targets name, in the order the tables print them.</summary>
internal static class SimulationCells
{
    public const string AaTable = "A/A, one metric, direction either: share not Pass (false alarms)";
    public const string ShapesTable = "A/A, other dependence shapes, direction either: share not Pass";
    public const string DetectionTable = "Shifted canary, direction increase: share High (detection)";
    public const string ZeroSideTable =
        "A/A, error ratios judged as continuous metrics, often all 0 on a side, direction either: share not Pass";
    public const string CountTable = "Count metrics (metricKind count): share High/Low";
    public const string TinyTable = "Tiny samples, canary 10× the baseline: share High/Low";
    public const string CanaryTable = "A/A canary of 10 metrics, one group, pass 95 / marginal 75: share Pass";

    private static readonly int[] Sizes = [60, 360];
    private static readonly double[] Phis = [0, 0.5, 0.7, 0.9];

    public static IEnumerable<SimulationCell> All() =>
        AaCells().Concat(ShapeCells()).Concat(ZeroSideCells()).Concat(DetectionCells()).Concat(CountCells()).Concat(TinyCells()).Concat(CanaryCells());

    private static IEnumerable<SimulationCell> AaCells() =>
        from sigma in new[] { 0.1, 0.3, 0.5 }
        from shape in new[] { "log-normal", "normal" }
        from phi in Phis
        from n in Sizes
        select new SimulationCell(AaTable, $"{shape} σ {sigma}, AR(1) φ {phi}", n, Same(shape == "normal"
            ? (r, k) => SimulatedSeries.NormalLatency(r, k, phi, sigma, 100)
            : (r, k) => SimulatedSeries.LogNormalLatency(r, k, phi, sigma, 100)));

    private static IEnumerable<SimulationCell> ShapeCells()
    {
        (string Name, Func<Random, int, double[]> Series)[] shapes =
        [
            ("AR(2) φ 0.5, 0.3", (r, n) => SimulatedSeries.Ar2Latency(r, n, 0.5, 0.3, 0.3, 100)),
            ("AR(2) φ 1.2, −0.5 (oscillating)", (r, n) => SimulatedSeries.Ar2Latency(r, n, 1.2, -0.5, 0.3, 100)),
            ("spikes: AR(1) φ 0.5, 3 % of steps ×5", (r, n) => SimulatedSeries.Spiky(r, n, 0.5, 0.3, 100, 0.03, 5)),
            ("heavy tails: AR(1) φ 0.7, t(3) innovations", (r, n) => SimulatedSeries.HeavyTailed(r, n, 0.7, 0.3, 100, 3)),
        ];
        foreach (var (name, series) in shapes)
            foreach (var n in Sizes)
                yield return new SimulationCell(ShapesTable, name, n, Same(series));
        foreach (var n in Sizes)
            yield return new SimulationCell(ShapesTable, "shared daily cycle + drift (amplitude 1σ, 60 s steps) + AR(1) φ 0.5",
                n, SharedCycle(0.3));
    }

    // Where one side is exactly 0 throughout, ExactACAJudge-v2 judges the other side alone when it lies wholly above 0.
    private static IEnumerable<SimulationCell> ZeroSideCells()
    {
        (string Name, Func<Random, int, double[]> Series)[] shapes =
        [
            ("sparse errors, Poisson 0.02 a step of 100 requests", (r, n) => SimulatedSeries.SparseErrorRatio(r, n, 0.02, 100)),
            ("sparse errors, Poisson 0.2 a step of 100 requests", (r, n) => SimulatedSeries.SparseErrorRatio(r, n, 0.2, 100)),
            ("error episodes (every 300 steps, 20 long, Poisson 3 of 100)", (r, n) => SimulatedSeries.ErrorEpisodes(r, n, 300, 20, 3, 100)),
            ("error episodes (every 300 steps, 100 long, Poisson 3 of 100)", (r, n) => SimulatedSeries.ErrorEpisodes(r, n, 300, 100, 3, 100)),
            ("error episodes (every 300 steps, 20 long, 0.3 drifting: AR(1) φ 0.97 sd 0.03)",
                (r, n) => SimulatedSeries.DriftingErrorEpisodes(r, n, 300, 20, 0.3, 0.03, 0.97)),
            ("error episodes (every 300 steps, 100 long, 0.3 drifting: AR(1) φ 0.97 sd 0.03)",
                (r, n) => SimulatedSeries.DriftingErrorEpisodes(r, n, 300, 100, 0.3, 0.03, 0.97)),
        ];
        foreach (var (name, series) in shapes)
            foreach (var n in Sizes)
                yield return new SimulationCell(ZeroSideTable, name, n, Same(series));
    }

    private static IEnumerable<SimulationCell> DetectionCells()
    {
        foreach (var n in new[] { 32, 60 })
            yield return new SimulationCell(DetectionTable, "error ratio 0.3, AR(1) φ 0.97 sd 0.03, against a constant 0", n,
                (r, k) => (new double[k], SimulatedSeries.Ar1(r, k, 0.97).Select(z => 0.3 + 0.03 * z).ToArray()), Direction.Increase);
        yield return Shifted("+10 %, log-normal σ 0.1, independent", 60, 0, 0.1, 1.1);
        yield return Shifted("+10 %, log-normal σ 0.1, AR(1) φ 0.7", 360, 0.7, 0.1, 1.1);
        yield return Shifted("+10 %, log-normal σ 0.1, AR(1) φ 0.7", 60, 0.7, 0.1, 1.1);
        yield return Shifted("+10 %, log-normal σ 0.1, AR(1) φ 0.5", 60, 0.5, 0.1, 1.1);
        yield return Shifted("+20 %, log-normal σ 0.5, independent", 60, 0, 0.5, 1.2);
        yield return Shifted("+20 %, log-normal σ 0.5, independent", 360, 0, 0.5, 1.2);
    }

    private static IEnumerable<SimulationCell> CountCells()
    {
        yield return Counts("Poisson 0.5 → 1, increase", 60, (r, n) => SimulatedSeries.Poisson(r, n, 0.5),
            (r, n) => SimulatedSeries.Poisson(r, n, 1), Direction.Increase);
        yield return Counts("Poisson 0.1 → 0.3, increase", 360, (r, n) => SimulatedSeries.Poisson(r, n, 0.1),
            (r, n) => SimulatedSeries.Poisson(r, n, 0.3), Direction.Increase);
        foreach (var n in Sizes)
        {
            yield return Counts("A/A Poisson 0.5", n, (r, k) => SimulatedSeries.Poisson(r, k, 0.5));
            yield return Counts("A/A Poisson 0.1", n, (r, k) => SimulatedSeries.Poisson(r, k, 0.1));
            yield return Counts("A/A negative binomial mean 0.5, dispersion 2", n, (r, k) => SimulatedSeries.NegativeBinomial(r, k, 0.5, 2));
            yield return Counts("A/A negative binomial mean 2, dispersion 5", n, (r, k) => SimulatedSeries.NegativeBinomial(r, k, 2, 5));
            yield return Counts("A/A negative binomial mean 1, dispersion 1.3", n, (r, k) => SimulatedSeries.NegativeBinomial(r, k, 1, 1.3));
        }
    }

    private static IEnumerable<SimulationCell> TinyCells() =>
        from n in new[] { 1, 2, 3 }
        select new SimulationCell(TinyTable, "log-normal σ 0.1, canary ×10", n,
            (r, k) => (SimulatedSeries.LogNormalLatency(r, k, 0, 0.1, 100), SimulatedSeries.LogNormalLatency(r, k, 0, 0.1, 1000)));

    private static IEnumerable<SimulationCell> CanaryCells() =>
        from phi in new[] { 0.0, 0.7 }
        from n in Sizes
        select new SimulationCell(CanaryTable, $"log-normal σ 0.3, AR(1) φ {phi}", n,
            Same((r, k) => SimulatedSeries.LogNormalLatency(r, k, phi, 0.3, 100)), Metrics: 10);

    private static SimulationCell Shifted(string name, int n, double phi, double sigma, double factor) =>
        new(DetectionTable, name, n,
            (r, k) => (SimulatedSeries.LogNormalLatency(r, k, phi, sigma, 100), SimulatedSeries.LogNormalLatency(r, k, phi, sigma, 100 * factor)),
            Direction.Increase);

    private static SimulationCell Counts(string name, int n, Func<Random, int, double[]> control,
        Func<Random, int, double[]>? experiment = null, Direction direction = Direction.Either) =>
        new(CountTable, name, n, (r, k) => (control(r, k), (experiment ?? control)(r, k)), direction, MetricKind.Count);

    private static Func<Random, int, (double[], double[])> Same(Func<Random, int, double[]> series) =>
        (r, n) => (series(r, n), series(r, n));

    private static Func<Random, int, (double[], double[])> SharedCycle(double sigma) =>
        (r, n) =>
        {
            var cycle = SimulatedSeries.DailyCycle(r, n, 60, 1);
            return (SimulatedSeries.WithSharedCycle(r, cycle, 0.5, sigma, 100), SimulatedSeries.WithSharedCycle(r, cycle, 0.5, sigma, 100));
        };
}
