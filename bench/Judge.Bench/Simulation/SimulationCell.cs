using Judge.Stats.Configuration;

namespace Judge.Bench.Simulation;

/// <summary>One row of the calibration tables: how a replication's baseline and canary series are drawn, and how the
/// metric is configured. <see cref="Metrics"/> above 1 makes it a canary of that many independent metrics in one group.</summary>
internal sealed record SimulationCell(
    string Table,
    string Name,
    int Steps,
    Func<Random, int, (double[] Control, double[] Experiment)> Draw,
    Direction Direction = Direction.Either,
    MetricKind Kind = MetricKind.Continuous,
    int Metrics = 1);
