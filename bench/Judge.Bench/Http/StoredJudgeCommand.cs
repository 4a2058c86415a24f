using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Scoring;

namespace Judge.Bench.Http;

/// <summary>
/// `stored-judge [--points 100000] [--reps 5] [--api Judge.Api.dll]`: one metric of n = m points stored with
/// POST /metricSetPairList and judged with POST /judges/judge on the service (<see cref="ServiceProcess"/>), against
/// the judgement alone (ExactACAJudge-v2 in this process on the same values, once per rep right after the requests,
/// so as warm as the service's), in the same run; medians of the reps; and the warmed-up judgement's CPU per call.
/// </summary>
internal static class StoredJudgeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var points = LoadInlineCommand.IntOption(args, "--points", 100_000);
        var reps = LoadInlineCommand.IntOption(args, "--reps", 5);
        var api = LoadInlineCommand.Option(args, "--api") ?? RepositoryPaths.ApiDll;
        var pairs = BenchRequests.Pairs(1, points);
        var (control, experiment) = BenchRequests.Series(1, points)[0];
        var judge = new ExactAcaJudgeV2();
        var input = new CanaryJudgeInput(
            [new MetricPairInput("pair-0", "latency_0", ["latency"], new Dictionary<string, string>(), control, experiment, new MetricAnalysisConfig())],
            new Dictionary<string, double> { ["latency"] = 100 }, new ScoreThresholds(95, 75));

        using var service = await ServiceProcess.StartAsync(api);
        using var client = LoadInlineCommand.Client(service.BaseAddress);
        var configId = (await PostAsync(client, "/canaryConfig", BenchRequests.Config(1))).GetProperty("canaryConfigId").GetString()!;

        var loadBefore = RepositoryPaths.LoadAverage;
        var store = new List<double>();
        var judged = new List<double>();
        var serviceCpu = new List<double>();
        var alone = new List<double>();
        var aloneCpu = new List<double>();
        for (var rep = 0; rep <= reps; rep++)
        {
            var cpuBefore = service.CpuTime;
            var clock = Stopwatch.StartNew();
            var listId = (await PostAsync(client, "/metricSetPairList", pairs)).GetProperty("metricSetPairListId").GetString()!;
            var stored = clock.Elapsed.TotalMilliseconds;
            var result = await PostAsync(client,
                $"/judges/judge?canaryConfigId={configId}&metricSetPairListId={listId}&passThreshold=95&marginalThreshold=75", null);
            var total = clock.Elapsed.TotalMilliseconds;
            var cpu = (service.CpuTime - cpuBefore).TotalMilliseconds;

            var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var own = judge.Judge(input);
            var ownWall = clock.Elapsed.TotalMilliseconds;
            var ownCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalMilliseconds;
            if (result.GetProperty("score").GetProperty("classification").GetString() != own.Score.Classification)
                throw new InvalidOperationException("the service and the judge in this process disagree");
            if (rep == 0)
                continue;   // warm-up
            store.Add(stored);
            judged.Add(total - stored);
            serviceCpu.Add(cpu);
            alone.Add(ownWall);
            aloneCpu.Add(ownCpuMs);
        }

        // The judgement warmed up (tier-1 code), CPU per call over batches: what the service's extra work is measured against.
        var warmed = Enumerable.Range(0, 3).Min(_ => CpuTime.MicrosecondsPerCall(() => judge.Judge(input), 1.0)) / 1000;
        Console.WriteLine($"n = m = {points:N0}: POST /metricSetPairList ({pairs.Length / 1024.0 / 1024:0.0} MB) + POST /judges/judge vs "
            + $"ExactACAJudge-v2 alone, median of {reps}; load average {loadBefore} before, {RepositoryPaths.LoadAverage} after");
        Console.WriteLine("| store ms | judge ms | **store + judge ms** | service cpu ms | judgement alone ms | judgement alone cpu ms | **(store + judge) / alone** | service cpu / alone cpu | warmed judgement cpu ms | service cpu / warmed |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var through = Median(store.Zip(judged, (a, b) => a + b));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {Median(store):0.0} | {Median(judged):0.0} | {through:0.0} | {Median(serviceCpu):0.0} | {Median(alone):0.0} | "
            + $"{Median(aloneCpu):0.0} | {through / Median(alone):0.00}× | {Median(serviceCpu) / Median(aloneCpu):0.00}× | "
            + $"{warmed:0.0} | {Median(serviceCpu) / warmed:0.00}× |"));
        return 0;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    internal static async Task<JsonElement> PostAsync(HttpClient client, string path, byte[]? body)
    {
        using var content = new ByteArrayContent(body ?? []);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(path, body is null ? null : content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
