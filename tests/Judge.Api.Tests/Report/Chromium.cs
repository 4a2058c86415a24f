using System.Diagnostics;
using System.Globalization;

namespace Judge.Api.Tests.Report;

/// <summary>
/// Real headless Chromium (the Debian package "chromium"), driven through its command line: --dump-dom for the DOM after
/// the page's scripts ran, --screenshot for a PNG. Every run gets a fresh profile and a bounded time.
/// </summary>
public static class Chromium
{
    public const string Executable = "/usr/bin/chromium";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool installed;

    /// <summary>Installs chromium with apt-get when it is missing and the tests run as root; else fails saying what to do.</summary>
    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (installed || File.Exists(Executable))
            {
                installed = true;
                return;
            }
            if (!Environment.IsPrivilegedProcess)
                throw new InvalidOperationException(
                    $"The browser tests need Chromium at {Executable}. Install it first: apt-get install -y chromium (as root).");
            var (code, _, output) = await RunAsync("/bin/sh",
                ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium"],
                InstallTimeout);
            if (code != 0 || !File.Exists(Executable))
                throw new InvalidOperationException($"apt-get install chromium failed (exit {code}): {Tail(output)}");
            installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>The serialized DOM once the page loaded and <paramref name="virtualTimeMs"/> of (virtual) time passed.</summary>
    public static async Task<string> DumpDomAsync(string url, int width = 1280, int height = 2000, int virtualTimeMs = 10000)
    {
        var (code, dom, errors) = await RunBrowserAsync(["--dump-dom"], url, width, height, virtualTimeMs);
        if (code != 0 || !dom.Contains("</html>", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"chromium --dump-dom {url} failed (exit {code}): {Tail(errors)}");
        return dom;
    }

    public static async Task ScreenshotAsync(string url, string file, int width = 1280, int height = 2000, int virtualTimeMs = 10000)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Delete(file);
        var (code, _, errors) = await RunBrowserAsync(["--screenshot=" + file, "--hide-scrollbars"], url, width, height, virtualTimeMs);
        if (code != 0 || !File.Exists(file))
            throw new InvalidOperationException($"chromium --screenshot {url} failed (exit {code}): {Tail(errors)}");
    }

    /// <summary>Prints the page as a PDF, which fires the page's beforeprint handler and applies its print styles.</summary>
    public static async Task PrintToPdfAsync(string url, string file, int virtualTimeMs = 10000)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Delete(file);
        var (code, _, errors) = await RunBrowserAsync(["--print-to-pdf=" + file, "--no-pdf-header-footer"], url, 1280, 2000, virtualTimeMs);
        if (code != 0 || !File.Exists(file))
            throw new InvalidOperationException($"chromium --print-to-pdf {url} failed (exit {code}): {Tail(errors)}");
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunBrowserAsync(string[] mode, string url, int width, int height, int virtualTimeMs)
    {
        await EnsureInstalledAsync();
        var profile = Directory.CreateTempSubdirectory("judge-chromium-");
        try
        {
            string[] arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--no-first-run", "--no-default-browser-check", "--mute-audio",
                "--user-data-dir=" + profile.FullName,
                $"--window-size={width},{height}",
                "--virtual-time-budget=" + virtualTimeMs.ToString(CultureInfo.InvariantCulture),
                .. mode,
                url,
            ];
            return await RunAsync(Executable, arguments, RunTimeout);
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Runs a process to its end, or kills its whole tree after <paramref name="timeout"/>.</summary>
    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{file} did not finish within {timeout.TotalSeconds} s and was killed. {Tail(await stderr)}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
