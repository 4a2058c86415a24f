using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Judge.Bench.Http;

/// <summary>
/// `load-inline [--metrics 50] [--points 720] [--connections 4] [--seconds 20] [--api Judge.Api.dll]`: starts the
/// service (<see cref="ServiceProcess"/>), then keeps that many connections each sending POST /judges/judge/inline
/// back to back for the given time; prints requests per second, latency percentiles, the service's CPU time per
/// request and the machine's load average (the machine is shared: read the load with the figures).
/// </summary>
internal static class LoadInlineCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var metrics = IntOption(args, "--metrics", 50);
        var points = IntOption(args, "--points", 720);
        var connections = IntOption(args, "--connections", 4);
        var seconds = IntOption(args, "--seconds", 20);
        var api = Option(args, "--api") ?? RepositoryPaths.ApiDll;
        var body = BenchRequests.Inline(metrics, points);

        // --target http://host:port drives a service started elsewhere (under a profiler, say); its CPU is then not read.
        var target = Option(args, "--target");
        using var service = target is null ? await ServiceProcess.StartAsync(api) : null;
        var baseAddress = service?.BaseAddress ?? new Uri(target!);
        var clients = Enumerable.Range(0, connections).Select(_ => Client(baseAddress)).ToArray();
        // Warm-up: JIT and tiering of the service's judge path before anything is timed.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 5)
            await Task.WhenAll(clients.Select(c => PostAsync(c, body)));

        var loadBefore = RepositoryPaths.LoadAverage;
        var cpuBefore = service?.CpuTime ?? TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        var latencies = await Task.WhenAll(clients.Select(async client =>
        {
            var mine = new List<double>();
            while (clock.Elapsed < end)
            {
                var started = clock.Elapsed;
                await PostAsync(client, body);
                mine.Add((clock.Elapsed - started).TotalMilliseconds);
            }
            return mine;
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = service is null ? double.NaN : (service.CpuTime - cpuBefore).TotalMilliseconds;
        var loadAfter = RepositoryPaths.LoadAverage;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        Console.WriteLine($"POST /judges/judge/inline: {metrics} metrics × {points} points a side, body {body.Length / 1024.0:0} KB, "
            + $"{connections} connections, {seconds} s; load average {loadBefore} before, {loadAfter} after");
        Console.WriteLine("| requests | req/s | p50 ms | p90 ms | p99 ms | max ms | service cpu ms/request |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {all.Length} | {all.Length / elapsed:0.0} | {Percentile(all, 0.50):0.0} | {Percentile(all, 0.90):0.0} | "
            + $"{Percentile(all, 0.99):0.0} | {all[^1]:0.0} | {cpu / all.Length:0.00} |"));
        foreach (var client in clients)
            client.Dispose();
        PrintParts(body);
        return 0;
    }

    // Where a request's CPU goes, measured in this process on the same body.
    private static void PrintParts(byte[] body)
    {
        var parts = new InlineRequestParts(body);
        var request = parts.Read();
        var input = parts.Input(request);
        var result = parts.Judge(input);
        double read = double.MaxValue, serializer = double.MaxValue, build = double.MaxValue, judge = double.MaxValue, write = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            read = Math.Min(read, CpuTime.MicrosecondsPerCall(parts.Read) / 1000);
            serializer = Math.Min(serializer, CpuTime.MicrosecondsPerCall(parts.ReadWithSerializer) / 1000);
            build = Math.Min(build, CpuTime.MicrosecondsPerCall(() => parts.Input(request)) / 1000);
            judge = Math.Min(judge, CpuTime.MicrosecondsPerCall(() => parts.Judge(input)) / 1000);
            write = Math.Min(write, CpuTime.MicrosecondsPerCall(() => InlineRequestParts.Write(result)) / 1000);
        }
        Console.WriteLine("The same request's steps in this process (cpu ms, best of 3 batches; the serializer's own reading for comparison):");
        Console.WriteLine("| read JSON | (serializer alone) | build input | judge (v2) | write JSON | sum |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {read:0.00} | ({serializer:0.00}) | {build:0.00} | {judge:0.00} | {write:0.00} | {read + build + judge + write:0.00} |"));
    }

    internal static HttpClient Client(Uri baseAddress) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };

    private static async Task PostAsync(HttpClient client, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/judges/judge/inline", content);
        var text = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST /judges/judge/inline: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(text)}");
    }

    // Nearest rank.
    internal static double Percentile(double[] sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];

    internal static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
