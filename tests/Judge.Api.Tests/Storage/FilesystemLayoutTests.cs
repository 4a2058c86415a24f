using System.Text;
using Judge.Api.Storage;

namespace Judge.Api.Tests.Storage;

/// <summary>The files on disk follow Kayenta's key layout, and what is not a document is left alone.</summary>
public sealed class FilesystemLayoutTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder _folder = new();
    private readonly FilesystemObjectStore _store;

    public FilesystemLayoutTests() => _store = new FilesystemObjectStore(new FilesystemStoreOptions { Path = _folder.Path });

    [Fact]
    public async Task A_config_is_written_to_group_id_and_file_name()
    {
        var json = Encoding.UTF8.GetBytes("""{"name":"latency checks"}""");

        await _store.WriteAsync(ObjectType.CanaryConfig, "7f3c2a", json, "latency checks.json", None);

        var file = Path.Combine(_folder.Path, "canary_config", "7f3c2a", "latency checks.json");
        Assert.Equal(json, await File.ReadAllBytesAsync(file));
        Assert.Equal(["canary_config/7f3c2a/latency checks.json"], _folder.Files());
    }

    [Fact]
    public async Task A_file_placed_in_the_layout_by_hand_is_read_and_listed()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "canary_archive", "exec-1")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "exec-1.json"), """{"complete":true}""");

        Assert.Equal("""{"complete":true}"""u8.ToArray(), await _store.ReadAsync(ObjectType.CanaryResultArchive, "exec-1", None));
        var summary = Assert.Single(await _store.ListAsync(ObjectType.CanaryResultArchive, None));
        Assert.Equal(("exec-1", "exec-1.json"), (summary.Id, summary.FileName));
    }

    [Fact]
    public async Task Temp_files_and_non_json_files_are_ignored()
    {
        await _store.WriteAsync(ObjectType.CanaryConfig, "cfg", "{\"v\":1}"u8.ToArray(), "cfg.json", None);
        var folder = Path.Combine(_folder.Path, "canary_config", "cfg");
        await File.WriteAllTextAsync(Path.Combine(folder, ".0123abcd.tmp"), "{\"v\":"); // a crashed write
        await File.WriteAllTextAsync(Path.Combine(folder, "README.txt"), "notes");

        Assert.Equal("{\"v\":1}"u8.ToArray(), await _store.ReadAsync(ObjectType.CanaryConfig, "cfg", None));
        Assert.Equal("cfg.json", Assert.Single(await _store.ListAsync(ObjectType.CanaryConfig, None)).FileName);

        Assert.True(await _store.DeleteAsync(ObjectType.CanaryConfig, "cfg", None));
        Assert.Empty(_folder.Files());
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task An_id_folder_holding_two_documents_reads_as_missing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "canary_config", "twice")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a.json"), "{}");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.json"), "{}");

        Assert.Null(await _store.ReadAsync(ObjectType.CanaryConfig, "twice", None));
    }

    [Fact]
    public async Task Folders_that_are_not_ids_are_not_listed()
    {
        await _store.WriteAsync(ObjectType.CanaryConfig, "real", "{}"u8.ToArray(), null, None);
        Directory.CreateDirectory(Path.Combine(_folder.Path, "canary_config", ".deleted-0123"));
        Directory.CreateDirectory(Path.Combine(_folder.Path, "canary_config", "empty"));
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "canary_config", "loose.json"), "{}");

        Assert.Equal("real", Assert.Single(await _store.ListAsync(ObjectType.CanaryConfig, None)).Id);
    }

    [Fact]
    public async Task A_relative_path_resolves_against_the_working_directory()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _folder.Path);
        var store = new FilesystemObjectStore(new FilesystemStoreOptions { Path = relative });

        await store.WriteAsync(ObjectType.MetricSetList, "m", "[]"u8.ToArray(), null, None);

        Assert.Equal(["metrics/m/metric_sets.json"], _folder.Files());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_path_is_rejected_naming_Path(string path)
    {
        var e = Assert.Throws<ArgumentException>(() => new FilesystemObjectStore(new FilesystemStoreOptions { Path = path }));

        Assert.Contains("Path", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
