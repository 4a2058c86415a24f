using Judge.Tests.Shared.Processes;
using Npgsql;

namespace Judge.Api.Tests.Engine;

/// <summary>
/// A real PostgreSQL (Debian's <c>postgresql</c> package) the test starts itself: initdb and pg_ctl in a temporary
/// folder, listening on a free 127.0.0.1 port only. PostgreSQL refuses to run as root, so as root (CI) it runs as the
/// <c>postgres</c> user through <c>runuser</c>. Missing binaries are installed with apt-get when running as root;
/// otherwise the fixture fails naming the package.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "judge-postgres-" + Guid.NewGuid().ToString("N"));
    private string binaries = "";
    private int port;

    private static bool AsRoot => Environment.UserName == "root";

    private string Data => Path.Combine(folder, "data");

    /// <summary>The server's own database; <see cref="NewDatabaseAsync"/> gives each test one of its own.</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=true;Timeout=15";

    public async Task InitializeAsync()
    {
        binaries = await FindOrInstallAsync();
        Directory.CreateDirectory(folder);
        if (AsRoot)
            await RunAsync("chown", ["-R", "postgres:postgres", folder]);
        port = LoopbackPort.Free();
        await RunAsync(Path.Combine(binaries, "initdb"), ["-D", Data, "-U", "postgres", "--auth=trust", "-E", "UTF8"], asPostgres: true);
        await RunAsync(Path.Combine(binaries, "pg_ctl"),
        [
            "-D", Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c max_connections=300 -c fsync=off",
            "start",
        ], asPostgres: true);
    }

    public async Task<string> NewDatabaseAsync()
    {
        var name = "judge_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"create database {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (binaries.Length > 0 && Directory.Exists(Data))
            await ToolRun.RunAsync(AsRoot ? "runuser" : Path.Combine(binaries, "pg_ctl"),
                AsRoot ? ["-u", "postgres", "--", Path.Combine(binaries, "pg_ctl"), "-D", Data, "-m", "immediate", "stop"] : ["-D", Data, "-m", "immediate", "stop"]);
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asPostgres = false)
    {
        var (exitCode, output) = asPostgres && AsRoot
            ? await ToolRun.RunAsync("runuser", ["-u", "postgres", "--", file, .. arguments])
            : await ToolRun.RunAsync(file, arguments);
        if (exitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed (exit {exitCode}):\n{output}");
    }

    /// <summary>The newest PostgreSQL's bin folder (/usr/lib/postgresql/N/bin), installing the package when missing.</summary>
    private static async Task<string> FindOrInstallAsync()
    {
        if (Find() is { } found)
            return found;
        if (!AsRoot)
            throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Install the Debian package 'postgresql' (apt-get install -y postgresql).");
        var (exitCode, output) = await ToolRun.RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"]);
        if (exitCode != 0)
        {
            await ToolRun.RunAsync("apt-get", ["update"]);
            (exitCode, output) = await ToolRun.RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"]);
        }
        return Find() ?? throw new InvalidOperationException($"PostgreSQL is still missing after 'apt-get install -y postgresql' (exit {exitCode}):\n{output}");
    }

    private static string? Find() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
}
