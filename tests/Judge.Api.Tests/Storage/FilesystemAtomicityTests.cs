using System.Text.Json;
using Judge.Api.Storage;

namespace Judge.Api.Tests.Storage;

/// <summary>Readers racing many overwrites (and renames) only ever see whole documents.</summary>
public sealed class FilesystemAtomicityTests : IDisposable
{
    private const int Overwrites = 200;
    private const int WritesPerCheckpoint = 20;
    private const int Readers = 2;
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder _folder = new();
    private readonly FilesystemObjectStore _store;

    public FilesystemAtomicityTests() => _store = new FilesystemObjectStore(new FilesystemStoreOptions { Path = _folder.Path });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Readers_never_see_a_partial_or_missing_document_during_overwrites(bool alternateFileNames)
    {
        await _store.WriteAsync(ObjectType.CanaryConfig, "hot", Document(-1), "name-0.json", None);
        var writing = true;
        var problems = new List<string>();
        var reads = new int[Readers];

        // Every few writes the writer waits until each reader has completed a read begun after that point, so the
        // reads interleave with the writes however the threads are scheduled.
        async Task ReadersCatchUpAsync()
        {
            var before = reads.Select((_, r) => Volatile.Read(ref reads[r])).ToArray();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Enumerable.Range(0, Readers).Any(r => Volatile.Read(ref reads[r]) < before[r] + 2))
            {
                // A reader that threw stops reading; its exception is what the test reports.
                if (waited.Elapsed > TimeSpan.FromSeconds(60))
                    throw new TimeoutException("the readers stopped reading");
                await Task.Delay(1);
            }
        }

        var writer = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < Overwrites; i++)
                {
                    if (i % WritesPerCheckpoint == 0)
                        await ReadersCatchUpAsync();
                    var fileName = alternateFileNames ? $"name-{i % 2}.json" : "name-0.json";
                    await _store.WriteAsync(ObjectType.CanaryConfig, "hot", Document(i), fileName, None);
                }
            }
            finally
            {
                Volatile.Write(ref writing, false);
            }
        });

        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(async () =>
        {
            // Bounded by the writer: it stops after a fixed number of writes.
            while (Volatile.Read(ref writing))
            {
                var read = await _store.ReadAsync(ObjectType.CanaryConfig, "hot", None);
                var listed = await _store.ListAsync(ObjectType.CanaryConfig, None);
                var problem = read is null ? "read returned null" : WholeDocumentProblem(read);
                if (listed.Count != 1)
                {
                    problem ??= $"list returned {listed.Count} entries";
                }

                if (problem is not null)
                {
                    lock (problems)
                    {
                        problems.Add(problem);
                    }
                }
                Interlocked.Increment(ref reads[r]);
            }
        })).ToArray();

        await Task.WhenAll([writer, .. readers]);

        Assert.Empty(problems);
        Assert.All(reads, count => Assert.True(count >= 2 * Overwrites / WritesPerCheckpoint, $"a reader read only {count} times"));
        var last = await _store.ReadAsync(ObjectType.CanaryConfig, "hot", None);
        Assert.Equal(Document(Overwrites - 1), last);
        var expectedName = alternateFileNames ? $"name-{(Overwrites - 1) % 2}.json" : "name-0.json";
        Assert.Equal([$"canary_config/hot/{expectedName}"], _folder.Files());
    }

    [Fact]
    public async Task Concurrent_writers_with_different_file_names_leave_exactly_one_file()
    {
        var writers = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            _store.WriteAsync(ObjectType.CanaryConfig, "contended", Document(i), $"name-{i}.json", None)));

        await Task.WhenAll(writers);

        var file = Assert.Single(_folder.Files());
        var read = await _store.ReadAsync(ObjectType.CanaryConfig, "contended", None);
        Assert.NotNull(read);
        var writerIndex = JsonDocument.Parse(read).RootElement.GetProperty("index").GetInt32();
        Assert.Equal($"canary_config/contended/name-{writerIndex}.json", file);
    }

    public void Dispose() => _folder.Dispose();

    // Sizes vary from a few hundred bytes to ~300 KB so a torn read would show up as bad JSON or a wrong length.
    private static byte[] Document(int index)
    {
        var length = 300 + Math.Abs(index) * 1_499 % 150_000;
        return JsonSerializer.SerializeToUtf8Bytes(new { index, length, pad = new string('x', length) });
    }

    private static string? WholeDocumentProblem(byte[] json)
    {
        try
        {
            var root = JsonDocument.Parse(json).RootElement;
            var length = root.GetProperty("length").GetInt32();
            return root.GetProperty("pad").GetString()!.Length == length ? null : $"pad length differs from {length}";
        }
        catch (JsonException e)
        {
            return $"invalid JSON of {json.Length} bytes: {e.Message}";
        }
    }
}
