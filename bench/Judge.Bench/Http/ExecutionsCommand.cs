using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Judge.Tests.Shared.Prometheus;

namespace Judge.Bench.Http;

/// <summary>
/// `executions [--metrics 20] [--points 360] [--step 10] [--runs 10] [--concurrent 100] [--poll-ms 20]
/// [--concurrent-poll-ms 200] [--api Judge.Api.dll]`: a real Prometheus backfilled with <see cref="ExecutionHistory"/>
/// and the service (<see cref="ServiceProcess"/>, embedded defaults: filesystem storage, sqlite engine) with a
/// prometheus account on it; a stored config of that many metrics; then executions over the seeded window
/// (baseline vs canary scope), from POST /canary until GET /canary/{id} says complete: first one at a time (after one
/// warm-up), then <c>--concurrent</c> started at once. Prints wall times, the service's own timestamps (queued =
/// build → start, run = start → end) and its stages' (<see cref="StageTimes"/>), the service's CPU and peak RSS (VmHWM),
/// and the load average.
/// </summary>
internal static class ExecutionsCommand
{
    private sealed record Outcome(string Id, string Status, double WallMs, long BuildMillis, long StartMillis, long EndMillis)
    {
        public double QueuedMs => StartMillis - BuildMillis;
        public double RunMs => EndMillis - StartMillis;
        public bool Succeeded => Status == "succeeded";
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var metrics = LoadInlineCommand.IntOption(args, "--metrics", 20);
        var points = LoadInlineCommand.IntOption(args, "--points", 360);
        var step = LoadInlineCommand.IntOption(args, "--step", 10);
        var runs = LoadInlineCommand.IntOption(args, "--runs", 10);
        var concurrent = LoadInlineCommand.IntOption(args, "--concurrent", 100);
        var poll = TimeSpan.FromMilliseconds(LoadInlineCommand.IntOption(args, "--poll-ms", 20));
        var concurrentPoll = TimeSpan.FromMilliseconds(LoadInlineCommand.IntOption(args, "--concurrent-poll-ms", 200));
        var api = LoadInlineCommand.Option(args, "--api") ?? RepositoryPaths.ApiDll;

        await using var prometheus = await PrometheusWithHistory.StartAsync(ExecutionHistory.OpenMetrics(metrics, points, step), installBinaries: false);
        using var service = await ServiceProcess.StartAsync(api, new Dictionary<string, string>
        {
            ["Judge__Accounts__prom__Type"] = "prometheus",
            ["Judge__Accounts__prom__BaseUrl"] = prometheus.BaseUrl.ToString().TrimEnd('/'),
        });
        using var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var configId = (await StoredJudgeCommand.PostAsync(client, "/canaryConfig", BenchRequests.Config(metrics, ExecutionHistory.ScopeFilter)))
            .GetProperty("canaryConfigId").GetString()!;
        var start = Encoding.UTF8.GetBytes(StartRequest(points, step));
        var path = $"/canary/{configId}?application=bench&metricsAccountName=prom";

        Console.WriteLine($"Executions of {metrics} metrics × {points} points at {step} s a side against a real Prometheus "
            + $"(service {api}); load average {RepositoryPaths.LoadAverage} before");

        var warmUp = await RunOneAsync(client, path, start, poll);
        var sequential = new List<Outcome>();
        var cpuBefore = service.CpuTime;
        for (var run = 0; run < runs; run++)
            sequential.Add(await RunOneAsync(client, path, start, poll));
        var sequentialCpu = (service.CpuTime - cpuBefore).TotalMilliseconds / runs;
        var loadAfterSequential = RepositoryPaths.LoadAverage;

        Console.WriteLine();
        Console.WriteLine($"One at a time (poll every {poll.TotalMilliseconds:0} ms), after one warm-up run of {warmUp.WallMs:0} ms ({warmUp.Status}); "
            + $"load average {loadAfterSequential} after:");
        Console.WriteLine("| run | status | **POST → complete ms** | queued ms (build → start) | run ms (start → end) |");
        Console.WriteLine("|---:|---|---:|---:|---:|");
        for (var i = 0; i < sequential.Count; i++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {i + 1} | {sequential[i].Status} | {sequential[i].WallMs:0} | {sequential[i].QueuedMs:0} | {sequential[i].RunMs:0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **median** | {sequential.Count(o => o.Succeeded)}/{sequential.Count} succeeded | **{Median(sequential.Select(o => o.WallMs)):0}** | "
            + $"{Median(sequential.Select(o => o.QueuedMs)):0} | {Median(sequential.Select(o => o.RunMs)):0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **max** | | **{sequential.Max(o => o.WallMs):0}** | {sequential.Max(o => o.QueuedMs):0} | {sequential.Max(o => o.RunMs):0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Service CPU per execution: {sequentialCpu:0} ms."));
        var stages = sequential.Select(o => StageTimes.Read(service.DataFolder, o.Id)).ToList();
        Console.WriteLine("Where the runs went (the stored documents' stage timestamps, ms, median over the runs):");
        Console.WriteLine("| setup | fetch phase (first begun → last ended) | one fetch | mixMetrics | judge |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Median(stages.Select(t => t.Setup)):0} | {Median(stages.Select(t => t.Fetches)):0} | "
            + $"{Median(stages.Select(t => t.MedianFetch)):0} | {Median(stages.Select(t => t.Mix)):0} | {Median(stages.Select(t => t.Judge)):0} |"));

        if (concurrent <= 0)
            return sequential.All(o => o.Succeeded) ? 0 : 1;
        cpuBefore = service.CpuTime;
        var loadBefore = RepositoryPaths.LoadAverage;
        var clock = Stopwatch.StartNew();
        var together = await Task.WhenAll(Enumerable.Range(0, concurrent).Select(_ => RunOneAsync(client, path, start, concurrentPoll)));
        var wall = clock.Elapsed.TotalMilliseconds;
        var cpu = (service.CpuTime - cpuBefore).TotalMilliseconds;
        var serverSpan = together.Max(o => o.EndMillis) - together.Min(o => o.BuildMillis);

        Console.WriteLine();
        Console.WriteLine($"{concurrent} started at once (each polled every {concurrentPoll.TotalMilliseconds:0} ms); "
            + $"load average {loadBefore} before, {RepositoryPaths.LoadAverage} after:");
        Console.WriteLine("| executions | succeeded | all complete | **wall to the last ms** | first build → last end ms (service clock) | "
            + "median POST → complete ms | median queued ms | median run ms | service cpu ms | cpu ms / execution | **service peak RSS MB** |");
        Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {concurrent} | {together.Count(o => o.Succeeded)} | {(together.All(o => o.EndMillis > 0) ? "yes" : "no")} | **{wall:0}** | "
            + $"{serverSpan:0} | {Median(together.Select(o => o.WallMs)):0} | {Median(together.Select(o => o.QueuedMs)):0} | "
            + $"{Median(together.Select(o => o.RunMs)):0} | {cpu:0} | {cpu / concurrent:0} | **{service.PeakRssMegabytes:0}** |"));
        return together.All(o => o.Succeeded) && sequential.All(o => o.Succeeded) ? 0 : 1;
    }

    /// <summary>Kayenta's CanaryExecutionRequest: the default scope's baseline and canary over the seeded window.</summary>
    private static string StartRequest(int points, int step)
    {
        var from = ExecutionHistory.Start.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var to = ExecutionHistory.End(points, step).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        string Scope(string scope) => $$$"""{"scope":"{{{scope}}}","location":"local","start":"{{{from}}}","end":"{{{to}}}","step":{{{step}}}}""";
        return $$$"""{"scopes":{"default":{"controlScope":{{{Scope("baseline")}}},"experimentScope":{{{Scope("canary")}}}}},"thresholds":{"pass":95,"marginal":75}}""";
    }

    private static async Task<Outcome> RunOneAsync(HttpClient client, string path, byte[] start, TimeSpan poll)
    {
        var clock = Stopwatch.StartNew();
        var id = (await StoredJudgeCommand.PostAsync(client, path, start)).GetProperty("canaryExecutionId").GetString()!;
        while (true)
        {
            var status = await GetAsync(client, $"/canary/{id}");
            if (status.GetProperty("complete").GetBoolean())
            {
                var wall = clock.Elapsed.TotalMilliseconds;
                return new Outcome(id, status.GetProperty("status").GetString()!, wall, status.GetProperty("buildTimeMillis").GetInt64(),
                    Millis(status, "startTimeMillis"), Millis(status, "endTimeMillis"));
            }
            await Task.Delay(poll);
        }
    }

    private static long Millis(JsonElement status, string name) =>
        status.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static double Median(IEnumerable<double> values) => StoredJudgeCommand.Median(values);
}
