using BenchmarkDotNet.Running;
using Judge.Bench;
using Judge.Bench.Http;
using Judge.Bench.Simulation;

// `compare --data file.csv` times exact mode on given data (used by compare-r.sh); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "compare")
    return CompareCommand.Run(args);
if (args.Length > 0 && args[0] == "judge-speed")
    return JudgeSpeedCommand.Run(args);
if (args.Length > 0 && args[0] == "judge-loop")
    return JudgeLoopCommand.Run(args);
if (args.Length > 0 && args[0] == "inline-loop")
    return InlineLoopCommand.Run(args);
if (args.Length > 0 && args[0] == "load-inline")
    return await LoadInlineCommand.RunAsync(args);
if (args.Length > 0 && args[0] == "stored-judge")
    return await StoredJudgeCommand.RunAsync(args);
if (args.Length > 0 && args[0] == "executions")
    return await ExecutionsCommand.RunAsync(args);
if (args.Length > 0 && args[0] == "sequential")
    return SequentialCommand.Run(args);
if (args.Length > 0 && args[0] == "gate-looks")
    return GateLooksCommand.Run(args);
if (args.Length > 0 && args[0] == "simulate")
    return SimulateCommand.Run(args);

BenchmarkSwitcher.FromAssembly(typeof(ExactMannWhitneyBenchmarks).Assembly).Run(args);
return 0;
