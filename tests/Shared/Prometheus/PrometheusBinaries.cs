using Judge.Tests.Shared.Processes;

namespace Judge.Tests.Shared.Prometheus;

/// <summary>
/// Where <c>prometheus</c> and <c>promtool</c> are: JUDGE_PROMETHEUS_BIN / JUDGE_PROMTOOL_BIN, else PATH; when missing and
/// running as root the Debian package is installed with apt-get; otherwise this fails, so these tests never pass silently.
/// </summary>
public static class PrometheusBinaries
{
    public static Task<string> PrometheusAsync() => FindOrInstallAsync("prometheus", "JUDGE_PROMETHEUS_BIN");

    public static Task<string> PromtoolAsync() => FindOrInstallAsync("promtool", "JUDGE_PROMTOOL_BIN");

    private static async Task<string> FindOrInstallAsync(string tool, string environmentVariable)
    {
        if (Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } configured)
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{environmentVariable} points at '{configured}', which does not exist.");
        if (FindOnPath(tool) is { } found) return found;
        if (Environment.UserName != "root")
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
