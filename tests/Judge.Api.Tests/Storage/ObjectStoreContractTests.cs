using System.Text.Json;
using Judge.Api.Storage;

namespace Judge.Api.Tests.Storage;

/// <summary>The behaviour every <see cref="IObjectStore"/> must have; each store runs it through a subclass.</summary>
public abstract class ObjectStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract IObjectStore Store { get; }

    /// <summary>
    /// Every object the backing storage holds, as "&lt;group&gt;/&lt;id&gt;/&lt;fileName&gt;" below the store's root,
    /// or null for a store without a physical layout.
    /// </summary>
    protected abstract Task<IReadOnlyList<string>?> StoredPathsAsync();

    [Fact]
    public async Task Written_document_reads_back_byte_for_byte()
    {
        var json = Document("first", 10);

        await Store.WriteAsync(ObjectType.CanaryConfig, "cfg-1", json, "latency.json", None);

        Assert.Equal(json, await Store.ReadAsync(ObjectType.CanaryConfig, "cfg-1", None));
    }

    [Fact]
    public async Task Writing_again_replaces_the_document()
    {
        await Store.WriteAsync(ObjectType.MetricSetList, "run-1", Document("old", 5000), null, None);
        var newer = Document("new", 3);

        await Store.WriteAsync(ObjectType.MetricSetList, "run-1", newer, null, None);

        Assert.Equal(newer, await Store.ReadAsync(ObjectType.MetricSetList, "run-1", None));
        await AssertStoredPathsAsync("metrics/run-1/metric_sets.json");
    }

    [Fact]
    public async Task A_new_file_name_replaces_the_old_file()
    {
        await Store.WriteAsync(ObjectType.CanaryConfig, "cfg", Document("before rename", 1), "old-name.json", None);
        var renamed = Document("after rename", 1);

        await Store.WriteAsync(ObjectType.CanaryConfig, "cfg", renamed, "new-name.json", None);

        Assert.Equal(renamed, await Store.ReadAsync(ObjectType.CanaryConfig, "cfg", None));
        var summary = Assert.Single(await Store.ListAsync(ObjectType.CanaryConfig, None));
        Assert.Equal(("cfg", "new-name.json"), (summary.Id, summary.FileName));
        await AssertStoredPathsAsync("canary_config/cfg/new-name.json");
    }

    [Fact]
    public async Task Reading_a_missing_id_gives_null()
    {
        Assert.Null(await Store.ReadAsync(ObjectType.CanaryResultArchive, "never-written", None));

        await Store.WriteAsync(ObjectType.CanaryResultArchive, "written", Document("x", 1), null, None);

        Assert.Null(await Store.ReadAsync(ObjectType.CanaryResultArchive, "never-written", None));
    }

    [Fact]
    public async Task Delete_is_true_once_then_false_and_the_document_is_gone()
    {
        await Store.WriteAsync(ObjectType.CanaryConfig, "doomed", Document("bye", 1), "doomed.json", None);

        Assert.True(await Store.DeleteAsync(ObjectType.CanaryConfig, "doomed", None));
        Assert.False(await Store.DeleteAsync(ObjectType.CanaryConfig, "doomed", None));
        Assert.Null(await Store.ReadAsync(ObjectType.CanaryConfig, "doomed", None));
        Assert.Empty(await Store.ListAsync(ObjectType.CanaryConfig, None));
        await AssertStoredPathsAsync();
    }

    [Fact]
    public async Task Deleting_a_never_written_id_is_false()
    {
        Assert.False(await Store.DeleteAsync(ObjectType.MetricSetPairList, "nothing-here", None));
    }

    [Fact]
    public async Task List_follows_writes_and_deletes()
    {
        var before = DateTimeOffset.UtcNow;
        Assert.Empty(await Store.ListAsync(ObjectType.CanaryConfig, None));

        await Store.WriteAsync(ObjectType.CanaryConfig, "c", Document("c", 1), "gamma.json", None);
        await Store.WriteAsync(ObjectType.CanaryConfig, "a", Document("a", 1), "alpha.json", None);
        await Store.WriteAsync(ObjectType.CanaryConfig, "b", Document("b", 1), null, None);
        Assert.True(await Store.DeleteAsync(ObjectType.CanaryConfig, "c", None));
        await Store.WriteAsync(ObjectType.CanaryConfig, "d", Document("d", 1), "delta.json", None);

        var listed = await Store.ListAsync(ObjectType.CanaryConfig, None);

        Assert.Equal(
            [("a", "alpha.json"), ("b", "canary_config.json"), ("d", "delta.json")],
            listed.Select(summary => (summary.Id, summary.FileName)).OrderBy(pair => pair.Id, StringComparer.Ordinal));
        // Stores with second-resolution timestamps (S3) may round down; clocks are the same machine's.
        Assert.All(listed, summary => Assert.InRange(
            summary.UpdatedTimestamp, before.AddSeconds(-2), DateTimeOffset.UtcNow.AddSeconds(2)));
    }

    [Fact]
    public async Task An_id_that_prefixes_another_does_not_collide_with_it()
    {
        var shortId = Document("abc", 1);
        var longId = Document("abcd", 1);
        await Store.WriteAsync(ObjectType.CanaryConfig, "abcd", longId, "long.json", None);

        Assert.Null(await Store.ReadAsync(ObjectType.CanaryConfig, "abc", None));
        Assert.False(await Store.DeleteAsync(ObjectType.CanaryConfig, "abc", None));

        await Store.WriteAsync(ObjectType.CanaryConfig, "abc", shortId, "short.json", None);

        Assert.Equal(shortId, await Store.ReadAsync(ObjectType.CanaryConfig, "abc", None));
        Assert.Equal(longId, await Store.ReadAsync(ObjectType.CanaryConfig, "abcd", None));
        Assert.Equal(
            ["abc", "abcd"],
            (await Store.ListAsync(ObjectType.CanaryConfig, None)).Select(summary => summary.Id).Order(StringComparer.Ordinal));

        Assert.True(await Store.DeleteAsync(ObjectType.CanaryConfig, "abc", None));
        Assert.Equal(longId, await Store.ReadAsync(ObjectType.CanaryConfig, "abcd", None));
        Assert.Equal("long.json", Assert.Single(await Store.ListAsync(ObjectType.CanaryConfig, None)).FileName);
    }

    [Fact]
    public async Task A_document_of_several_megabytes_round_trips()
    {
        var large = Document("large", 4 * 1024 * 1024);

        await Store.WriteAsync(ObjectType.MetricSetPairList, "big", large, null, None);

        var read = await Store.ReadAsync(ObjectType.MetricSetPairList, "big", None);
        Assert.NotNull(read);
        Assert.Equal(large.Length, read.Length);
        Assert.True(large.AsSpan().SequenceEqual(read));
    }

    [Fact]
    public async Task Concurrent_writes_of_one_id_end_with_one_complete_document()
    {
        var documents = Enumerable.Range(0, 8).Select(i => Document($"writer-{i}", 50_000 + i * 7_919)).ToArray();

        await Task.WhenAll(documents.Select(document => Task.Run(() =>
            Store.WriteAsync(ObjectType.CanaryConfig, "contended", document, "contended.json", None))));

        var read = await Store.ReadAsync(ObjectType.CanaryConfig, "contended", None);
        Assert.NotNull(read);
        Assert.Contains(documents, document => document.AsSpan().SequenceEqual(read));
        Assert.Equal("contended.json", Assert.Single(await Store.ListAsync(ObjectType.CanaryConfig, None)).FileName);
        await AssertStoredPathsAsync("canary_config/contended/contended.json");
    }

    [Fact]
    public async Task Each_object_type_lands_in_its_kayenta_group()
    {
        var types = Enum.GetValues<ObjectType>();
        foreach (var type in types)
        {
            await Store.WriteAsync(type, "same-id", Document(type.ToString(), 1), null, None);
        }

        foreach (var type in types)
        {
            Assert.Equal(Document(type.ToString(), 1), await Store.ReadAsync(type, "same-id", None));
            var summary = Assert.Single(await Store.ListAsync(type, None));
            Assert.Equal(("same-id", type.DefaultFileName()), (summary.Id, summary.FileName));
        }

        await AssertStoredPathsAsync(
            "canary_archive/same-id/canary_archive.json",
            "canary_config/same-id/canary_config.json",
            "gate_analysis/same-id/gate_analysis.json",
            "metric_pairs/same-id/metric_set_pairs.json",
            "metrics/same-id/metric_sets.json",
            "standalone_canary_archive/same-id/standalone_canary_archive.json");

        Assert.True(await Store.DeleteAsync(ObjectType.MetricSetList, "same-id", None));
        Assert.Null(await Store.ReadAsync(ObjectType.MetricSetList, "same-id", None));
        Assert.NotNull(await Store.ReadAsync(ObjectType.MetricSetPairList, "same-id", None));
    }

    [Fact]
    public async Task The_store_keeps_its_own_copy_of_the_bytes()
    {
        var json = Document("original", 1);
        var expected = json.ToArray();

        await Store.WriteAsync(ObjectType.CanaryConfig, "copied", json, null, None);
        json[2] = (byte)'X';
        var firstRead = await Store.ReadAsync(ObjectType.CanaryConfig, "copied", None);
        firstRead![2] = (byte)'Y';

        Assert.Equal(expected, await Store.ReadAsync(ObjectType.CanaryConfig, "copied", None));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData(".hidden")]
    public async Task An_invalid_id_is_rejected_naming_the_id(string id)
    {
        var write = await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(ObjectType.CanaryConfig, id, Document("x", 1), null, None));
        var read = await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync(ObjectType.CanaryConfig, id, None));
        var delete = await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(ObjectType.CanaryConfig, id, None));

        Assert.All(new[] { write, read, delete }, e => Assert.Equal("id", e.ParamName));
    }

    [Theory]
    [InlineData("../outside.json")]
    [InlineData("sub/name.json")]
    [InlineData("name.txt")]
    [InlineData(".json")]
    [InlineData(".tmp.json")]
    public async Task An_invalid_file_name_is_rejected_naming_the_file_name(string fileName)
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.WriteAsync(ObjectType.CanaryConfig, "valid-id", Document("x", 1), fileName, None));

        Assert.Equal("fileName", e.ParamName);
        Assert.Null(await Store.ReadAsync(ObjectType.CanaryConfig, "valid-id", None));
    }

    /// <summary>A JSON document of roughly <paramref name="padding"/> bytes that names its content.</summary>
    protected static byte[] Document(string label, int padding) =>
        JsonSerializer.SerializeToUtf8Bytes(new { label, length = padding, pad = new string('p', padding) });

    private async Task AssertStoredPathsAsync(params string[] expected)
    {
        if (await StoredPathsAsync() is { } paths)
        {
            Assert.Equal(expected.Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
        }
    }
}
