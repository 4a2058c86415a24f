using Judge.Tests.Shared.Processes;

namespace Judge.Tests.Shared.Prometheus;

/// <summary>
/// Where <c>prometheus</c> and <c>promtool</c> are: JUDGE_PROMETHEUS_BIN / JUDGE_PROMTOOL_BIN, else PATH; when missing and
/// running as root the Debian package is installed with apt-get (unless the caller says not to); otherwise this fails,
/// so these tests never pass silently.
/// </summary>
public static class PrometheusBinaries
{
    /// <param name="install">false: a missing binary fails with how to install it, even as root (the bench installs nothing).</param>
    public static Task<string> PrometheusAsync(bool install = true) => FindOrInstallAsync("prometheus", "JUDGE_PROMETHEUS_BIN", install);

    /// <param name="install">as for <see cref="PrometheusAsync"/>.</param>
    public static Task<string> PromtoolAsync(bool install = true) => FindOrInstallAsync("promtool", "JUDGE_PROMTOOL_BIN", install);

    private static async Task<string> FindOrInstallAsync(string tool, string environmentVariable, bool install)
    {
        if (Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } configured)
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{environmentVariable} points at '{configured}', which does not exist.");
        if (FindOnPath(tool) is { } found) return found;
        if (!install || Environment.UserName != "root")
            throw new InvalidOperationException(
                $"'{tool}' is not on PATH. Install the Debian package 'prometheus' (apt-get install -y prometheus) or set {environmentVariable}.");
        var (exitCode, output) = await ToolRun.RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "prometheus"]);
        if (exitCode != 0)
        {
            await ToolRun.RunAsync("apt-get", ["update"]);
            (exitCode, output) = await ToolRun.RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "prometheus"]);
        }
        return FindOnPath(tool) ?? throw new InvalidOperationException(
            $"'{tool}' is still missing after 'apt-get install -y prometheus' (exit {exitCode}):\n{output}");
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, tool))
        .FirstOrDefault(File.Exists);
}
