using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Judge.Api.Storage;
using Judge.Tests.Shared.Processes;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// A real S3-compatible server (s3rver, a Node.js package) on a free 127.0.0.1 port with a temp data folder.
/// The binary is taken from &lt;repo&gt;/.tools/node_modules/.bin/s3rver and installed there with npm when missing.
/// </summary>
public sealed class S3rverFixture : IAsyncLifetime
{
    // s3rver accepts exactly these credentials.
    public const string AccessKeyId = "S3RVER";
    public const string SecretAccessKey = "S3RVER";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly StringBuilder _output = new();
    private Process? _server;
    private string? _dataFolder;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Where s3rver keeps each bucket's objects (one folder a bucket, a file a key), for a test that damages one.</summary>
    public string DataFolder => _dataFolder ?? throw new InvalidOperationException("s3rver has not started");

    public S3StoreOptions Options(string bucket, string rootFolder = "kayenta") => new()
    {
        Bucket = bucket,
        ServiceUrl = ServiceUrl,
        Region = "us-east-1",
        RootFolder = rootFolder,
        AccessKeyId = AccessKeyId,
        SecretAccessKey = SecretAccessKey,
    };

    /// <summary>A bucket name no other test uses (S3 rules: lower case, 3-63 characters).</summary>
    public static string NewBucketName() => $"judge-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        _dataFolder = Directory.CreateTempSubdirectory("judge-s3rver-").FullName;
        await StartAsync(LoopbackPort.Free()).ConfigureAwait(false);
    }

    private async Task StartAsync(int port)
    {
        var executable = await EnsureInstalledAsync().ConfigureAwait(false);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // s3rver encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 (Node >= 17) only offers
        // through its legacy provider; without it every second page fails with 500 InternalError.
        if (await NodeAcceptsAsync("--openssl-legacy-provider").ConfigureAwait(false))
        {
            start.Environment["NODE_OPTIONS"] = "--openssl-legacy-provider";
        }

        foreach (var argument in new[] { "--directory", _dataFolder!, "--port", port.ToString(), "--address", "127.0.0.1", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        _server = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        _server.OutputDataReceived += (_, line) => Remember(line.Data);
        _server.ErrorDataReceived += (_, line) => Remember(line.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        await WaitUntilListeningAsync(port).ConfigureAwait(false);
        ServiceUrl = $"http://127.0.0.1:{port}";
    }

    public async Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync().ConfigureAwait(false);
        }

        _server?.Dispose();
        if (_dataFolder is not null)
        {
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder.
            }
        }
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"s3rver exited with code {_server.ExitCode} while starting: {Output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        throw new TimeoutException($"s3rver did not listen on 127.0.0.1:{port} within {StartTimeout.TotalSeconds} s: {Output()}");
    }

    private static async Task<string> EnsureInstalledAsync()
    {
        var tools = Path.Combine(RepositoryRoot(), ".tools");
        var executable = Path.Combine(tools, "node_modules", ".bin", "s3rver");
        if (File.Exists(executable))
        {
            return executable;
        }

        var install = new ProcessStartInfo("npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "install", "--no-audit", "--no-fund", "--prefix", tools, "s3rver@3" })
        {
            install.ArgumentList.Add(argument);
        }

        Process npm;
        try
        {
            npm = Process.Start(install) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"s3rver is not installed at {executable} and npm could not be run to install it ({e.Message}). Install Node.js/npm, or run: npm install --prefix {tools} s3rver@3",
                e);
        }

        using (npm)
        {
            var stdout = npm.StandardOutput.ReadToEndAsync();
            var stderr = npm.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(InstallTimeout);
            try
            {
                await npm.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                npm.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"npm install of s3rver into {tools} did not finish within {InstallTimeout.TotalMinutes} minutes.");
            }

            if (npm.ExitCode != 0 || !File.Exists(executable))
            {
                throw new InvalidOperationException(
                    $"npm install of s3rver into {tools} failed (exit code {npm.ExitCode}): {await stderr.ConfigureAwait(false)}{await stdout.ConfigureAwait(false)}");
            }
        }

        return executable;
    }

    /// <summary>Whether this Node.js knows the flag (older ones refuse to start with an unknown NODE_OPTIONS flag).</summary>
    private static async Task<bool> NodeAcceptsAsync(string flag)
    {
        var probe = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        probe.ArgumentList.Add(flag);
        probe.ArgumentList.Add("-e");
        probe.ArgumentList.Add("0");
        try
        {
            using var node = Process.Start(probe);
            if (node is null)
            {
                return false;
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await node.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
                return false;
            }

            return node.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no node at all; starting s3rver will report it
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Judge.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder holding Judge.sln above {AppContext.BaseDirectory}.");
    }


    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 16_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class S3rverCollection : ICollectionFixture<S3rverFixture>
{
    public const string Name = "s3rver";
}
