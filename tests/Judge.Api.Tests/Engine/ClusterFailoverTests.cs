using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Storage;
using Judge.Api.Tests.Gates;
using Judge.Api.Tests.Storage;
using Npgsql;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Judge.Api.Tests.Engine;

/// <summary>
/// Three replicas (separate processes) on one real PostgreSQL engine cluster, one s3rver store and a real Prometheus
/// behind a counting proxy. 30 executions and 2 lifetime analyses are started across them and one replica is killed
/// (-9) while it runs some: every execution completes exactly once with the result a single replica gives, the
/// analyses run one execution per judgement in order, and both survivors answer for every id. A cancel sent to one
/// replica stops the execution another one runs.
/// </summary>
public sealed class ClusterFailoverTests : IAsyncLifetime
{
    private const int Executions = 30;
    private const int Metrics = 3;
    private const int FailoverSeconds = 6;
    private static readonly TimeSpan HeldFor = TimeSpan.FromMinutes(1);
    private readonly PostgresServer postgres = new();
    private readonly S3rverFixture s3 = new();
    private readonly GatePrometheus prometheus = new();
    private readonly string bucket = S3rverFixture.NewBucketName();
    private WireMockServer proxy = null!;
    private WholeRequestProxy storeProxy = null!;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(postgres.InitializeAsync(), s3.InitializeAsync(), prometheus.InitializeAsync());
        storeProxy = new WholeRequestProxy(s3.ServiceUrl);
        await storeProxy.StartAsync();
        proxy = WireMockServer.Start();
        // Slow enough that the killed replica is caught with executions in flight.
        proxy.Given(Request.Create().UsingAnyMethod()).AtPriority(10)
            .RespondWith(Response.Create().WithProxy(prometheus.BaseUrl.ToString().TrimEnd('/')).WithDelay(TimeSpan.FromMilliseconds(300)));
        // Queries of the app "held" answer only after a minute: an execution fetching them runs until canceled.
        proxy.Given(Request.Create().UsingAnyMethod().WithParam("query", new WildcardMatcher("*held*"))).AtPriority(1)
            .RespondWith(Response.Create().WithProxy(prometheus.BaseUrl.ToString().TrimEnd('/')).WithDelay(HeldFor));
    }

    public async Task DisposeAsync()
    {
        proxy.Stop();
        await storeProxy.DisposeAsync();
        await Task.WhenAll(prometheus.DisposeAsync(), s3.DisposeAsync(), postgres.DisposeAsync());
    }

    private int PrometheusQueries => proxy.LogEntries.Count(e => e.RequestMessage.Path.StartsWith("/api/v1/query", StringComparison.Ordinal));

    private Dictionary<string, string> Settings(string engineDatabase) => new()
    {
        ["Judge:Engine:Store"] = "postgres",
        ["Judge:Engine:ConnectionString"] = engineDatabase,
        ["Judge:Engine:FailoverSeconds"] = FailoverSeconds.ToString(),
        ["Judge:Accounts:store:Type"] = "s3",
        ["Judge:Accounts:store:Bucket"] = bucket,
        // Through a proxy that forwards only whole requests: S3's atomic PUT, which s3rver lacks, when a replica is killed.
        ["Judge:Accounts:store:ServiceUrl"] = storeProxy.Url,
        ["Judge:Accounts:store:Region"] = "us-east-1",
        ["Judge:Accounts:store:AccessKeyId"] = S3rverFixture.AccessKeyId,
        ["Judge:Accounts:store:SecretAccessKey"] = S3rverFixture.SecretAccessKey,
        ["Judge:Accounts:prom:Type"] = "prometheus",
        ["Judge:Accounts:prom:BaseUrl"] = proxy.Url!,
        ["Judge:RateLimits:PermitLimit"] = "0",
        ["Judge:Execution:MaxConcurrentExecutions"] = "4",
        ["Judge:Lifetime:PollIntervalSeconds"] = "1",
    };

    private static JsonObject Config()
    {
        var config = GateConfig.Body();
        var metrics = config["metrics"]!.AsArray();
        while (metrics.Count > Metrics) metrics.RemoveAt(metrics.Count - 1);
        return config;
    }

    private static readonly string Start = GateHistory.Anchor.ToString("yyyy-MM-ddTHH:mm:ssZ");
    private static readonly string End = GateHistory.Anchor.AddMinutes(30).ToString("yyyy-MM-ddTHH:mm:ssZ");

    private static JsonObject CanaryRequest(string experiment = "podinfo")
    {
        JsonObject Side(string app) => new() { ["scope"] = app, ["location"] = "test", ["start"] = Start, ["end"] = End, ["step"] = 10 };
        return new JsonObject
        {
            ["scopes"] = new JsonObject { ["default"] = new JsonObject { ["controlScope"] = Side("podinfo-primary"), ["experimentScope"] = Side(experiment) } },
            ["thresholds"] = new JsonObject { ["pass"] = 95, ["marginal"] = 75 },
        };
    }

    private static JsonObject AnalysisRequest() => new()
    {
        ["scopes"] = new JsonArray(new JsonObject
        {
            ["scopeName"] = "default", ["controlScope"] = "podinfo-primary", ["experimentScope"] = "podinfo",
            ["controlLocation"] = "test", ["experimentLocation"] = "test", ["startTimeIso"] = Start, ["endTimeIso"] = End, ["step"] = 10,
        }),
        ["thresholds"] = new JsonObject { ["pass"] = 95, ["marginal"] = 75 },
        ["analysisIntervalMins"] = 10,
    };

    private static async Task<string> PostAsync(HttpClient http, string path, JsonObject body, string idField)
    {
        var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)![idField]!.GetValue<string>();
    }

    private static async Task<JsonObject?> GetAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        return response.StatusCode == HttpStatusCode.OK ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject() : null;
    }

    private static async Task<IReadOnlyList<string>> InstancesAsync(string engineDatabase)
    {
        await using var connection = new NpgsqlConnection(engineDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select instance_name from qrtz_scheduler_state order by instance_name", connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }

    private static async Task<int> FiredOnAsync(string engineDatabase, string instance)
    {
        await using var connection = new NpgsqlConnection(engineDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from qrtz_fired_triggers where instance_name = @i and trigger_group = 'executions'", connection);
        command.Parameters.AddWithValue("i", instance);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_replica_killed_mid_run_loses_nothing_and_runs_nothing_twice()
    {
        var engineDatabase = await postgres.NewDatabaseAsync();
        var settings = Settings(engineDatabase);
        await using var a = await JudgeReplica.StartAsync("judge-a", settings);
        await using var b = await JudgeReplica.StartAsync("judge-b", settings);
        var before = await InstancesAsync(engineDatabase);
        var c = await JudgeReplica.StartAsync("judge-c", settings);
        var killedInstance = (await InstancesAsync(engineDatabase)).Except(before).Single();
        var killed = false;
        try
        {
            var configId = await PostAsync(a.Http, "/canaryConfig?configurationAccountName=store", Config(), "canaryConfigId");

            // What one replica alone gives, and what one execution costs.
            var reference = await PostAsync(a.Http, $"/canary/{configId}?metricsAccountName=prom&storageAccountName=store", CanaryRequest(), "canaryExecutionId");
            var expected = await WaitForAsync(a.Http, $"/canary/{reference}", s => s["complete"]!.GetValue<bool>(), TimeSpan.FromSeconds(60));
            Assert.Equal("succeeded", expected["status"]!.GetValue<string>());
            var perExecution = PrometheusQueries;
            Assert.Equal(2 * Metrics, perExecution);

            var replicas = new[] { a, b, c };
            var analyses = new List<string>();
            for (var i = 0; i < 2; i++)
                analyses.Add(await PostAsync(replicas[i].Http, $"/standalone_canary_analysis/{configId}?metricsAccountName=prom&storageAccountName=store", AnalysisRequest(), "canaryAnalysisExecutionId"));
            var ids = new List<string>();
            for (var i = 0; i < Executions; i++)
                ids.Add(await PostAsync(replicas[i % 3].Http, $"/canary/{configId}?metricsAccountName=prom&storageAccountName=store", CanaryRequest(), "canaryExecutionId"));

            // Every status the survivors report, in order, to show none goes back from complete.
            var seen = new ConcurrentDictionary<string, ConcurrentQueue<(bool Complete, string? PairList)>>();
            using var watching = new CancellationTokenSource();
            var watcher = WatchAsync([a, b], ids, seen, watching.Token);

            // Killed once it runs executions of its own (their firings are its rows in the job store).
            await UntilAsync(async () => await FiredOnAsync(engineDatabase, killedInstance) > 0, TimeSpan.FromSeconds(60), "the third replica runs executions");
            var inFlightOnKilled = await FiredOnAsync(engineDatabase, killedInstance);
            await c.DisposeAsync();
            killed = true;

            var finished = new List<JsonObject>();
            foreach (var id in ids)
                finished.Add(await WaitForAsync(a.Http, $"/canary/{id}", s => s["complete"]!.GetValue<bool>(), TimeSpan.FromSeconds(180)));
            var analysisResults = new List<JsonObject>();
            foreach (var id in analyses)
                analysisResults.Add(await WaitForAsync(b.Http, $"/standalone_canary_analysis/{id}", s => s["complete"]!.GetValue<bool>(), TimeSpan.FromSeconds(180)));
            await watching.CancelAsync();
            await watcher;

            Assert.True(inFlightOnKilled > 0);
            foreach (var status in finished)
            {
                Assert.Equal("succeeded", status["status"]!.GetValue<string>());
                Assert.Equal(expected["result"]!["judgeResult"]!["score"]!.ToJsonString(), status["result"]!["judgeResult"]!["score"]!.ToJsonString());
            }
            // Nothing went back from complete, and a completed execution's pair list never changed.
            foreach (var (id, history) in seen)
            {
                var statuses = history.ToList();
                var firstComplete = statuses.FindIndex(s => s.Complete);
                if (firstComplete < 0) continue;
                Assert.All(statuses.Skip(firstComplete), s => Assert.True(s.Complete && s.PairList == statuses[firstComplete].PairList,
                    $"execution {id} went from complete (pair list {statuses[firstComplete].PairList}) to complete={s.Complete} (pair list {s.PairList})"));
            }

            // The analyses: three judgements each, one execution per judgement, all passed.
            var judgementExecutions = new List<string>();
            foreach (var analysis in analysisResults)
            {
                Assert.Equal("succeeded", analysis["status"]!.GetValue<string>());
                var results = analysis["canaryAnalysisExecutionResult"]!["canaryExecutionResults"]!.AsArray();
                Assert.Equal(3, results.Count);
                judgementExecutions.AddRange(results.Select(r => r!["executionId"]!.GetValue<string>()));
            }
            Assert.Equal(6, judgementExecutions.Distinct().Count());

            // Exactly once: each execution fetched and stored once, save those the kill interrupted (at most one
            // execution's worth per firing the killed replica held, fetched again by the survivor that recovered it).
            var executionsRun = 1 + Executions + judgementExecutions.Count;
            using var store = new S3ObjectStore(s3.Options(bucket));
            Assert.Equal(executionsRun, (await store.ListAsync(ObjectType.CanaryResultArchive, CancellationToken.None)).Count);
            var lists = (await store.ListAsync(ObjectType.MetricSetList, CancellationToken.None)).Count;
            var queries = PrometheusQueries;
            var slack = inFlightOnKilled * perExecution;
            Assert.InRange(queries, executionsRun * perExecution, executionsRun * perExecution + slack);
            Assert.InRange(lists, executionsRun * perExecution, executionsRun * perExecution + slack);

            // Both survivors answer for every id.
            foreach (var replica in new[] { a, b })
            {
                foreach (var id in ids.Append(reference).Concat(judgementExecutions))
                    Assert.NotNull(await GetAsync(replica.Http, $"/canary/{id}"));
                foreach (var id in analyses)
                    Assert.NotNull(await GetAsync(replica.Http, $"/standalone_canary_analysis/{id}"));
            }
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{ex.Message}\n--- judge-a ---\n{a.LogTail()}\n--- judge-b ---\n{b.LogTail()}", ex);
        }
        finally
        {
            if (!killed) await c.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_cancel_sent_to_one_replica_stops_the_execution_another_replica_runs()
    {
        var settings = Settings(await postgres.NewDatabaseAsync());
        await using var b = await JudgeReplica.StartAsync("judge-b", settings);
        var configId = await PostAsync(b.Http, "/canaryConfig?configurationAccountName=store", Config(), "canaryConfigId");
        // Fired while b is the only replica, so b runs it; its experiment fetches are held for a minute.
        var id = await PostAsync(b.Http, $"/canary/{configId}?metricsAccountName=prom&storageAccountName=store", CanaryRequest("held"), "canaryExecutionId");
        await WaitForAsync(b.Http, $"/canary/{id}", s => s["stageStatus"]!["fetchExperiment0"]!.GetValue<string>() == "running", TimeSpan.FromSeconds(60));
        await using var a = await JudgeReplica.StartAsync("judge-a", settings);

        var asked = DateTime.UtcNow;
        Assert.Equal(HttpStatusCode.Accepted, (await a.Http.PutAsync($"/canary/{id}/cancel", null)).StatusCode);
        var done = await WaitForAsync(a.Http, $"/canary/{id}", s => s["complete"]!.GetValue<bool>(), HeldFor);

        Assert.Equal("canceled", done["status"]!.GetValue<string>());
        Assert.True(DateTime.UtcNow - asked < HeldFor / 2, $"the cancel took {DateTime.UtcNow - asked}: the held fetch ended the run, not the cancel");
        Assert.Null(done["result"]);
        Assert.Equal(HttpStatusCode.Accepted, (await b.Http.PutAsync($"/pipelines/{id}/cancel", null)).StatusCode);
        Assert.Equal("canceled", (await GetAsync(a.Http, $"/canary/{id}"))!["status"]!.GetValue<string>());
    }

    private static async Task WatchAsync(IReadOnlyList<JudgeReplica> replicas, IReadOnlyList<string> ids,
        ConcurrentDictionary<string, ConcurrentQueue<(bool, string?)>> seen, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var replica in replicas)
            foreach (var id in ids)
            {
                if (stop.IsCancellationRequested) return;
                try
                {
                    if (await GetAsync(replica.Http, $"/canary/{id}") is { } status)
                        seen.GetOrAdd(id, _ => new()).Enqueue((status["complete"]!.GetValue<bool>(), status["metricSetPairListId"]?.GetValue<string>()));
                }
                catch (HttpRequestException)
                {
                }
            }
        }
    }

    private static async Task<JsonObject> WaitForAsync(HttpClient http, string path, Func<JsonObject, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonObject? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await GetAsync(http, path);
            if (last is not null && done(last)) return last;
            await Task.Delay(200);
        }
        throw new TimeoutException($"{path} did not get there within {timeout}: {last}");
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(20);
        }
        throw new TimeoutException($"timed out waiting until {what}");
    }
}
