using System.ComponentModel;
using Judge.Tests.Shared.Processes;

namespace Judge.Api.Tests.Deployment;

/// <summary>
/// Validates Kubernetes manifests offline against the Kubernetes and Argo Rollouts schemas: validate-manifests.mjs
/// run with node, on the npm packages kubernetes-models, @kubernetes-models/argo-rollouts and js-yaml in
/// &lt;repo&gt;/.tools (installed there with npm when missing, as the s3rver tests install s3rver).
/// </summary>
public static class ManifestValidator
{
    public static readonly IReadOnlyList<string> Packages = ["kubernetes-models@4", "@kubernetes-models/argo-rollouts@0.3", "js-yaml@5"];

    private static readonly string Tools = RepositoryFolder.File(".tools");
    private static readonly string Script = RepositoryFolder.File("tests/Judge.Api.Tests/Deployment/validate-manifests.mjs");
    private static readonly Lazy<Task> Installed = new(InstallWhenMissingAsync);

    /// <summary>The script's exit code (0 valid, 1 invalid, 2 packages missing) and its report, one line per YAML document.</summary>
    public static async Task<(int ExitCode, string Output)> ValidateAsync(params string[] paths)
    {
        await Installed.Value;
        try
        {
            return await ToolRun.RunAsync("node", [Script, .. paths]);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"node could not be run ({e.Message}): it validates the manifests. Install Node.js.", e);
        }
    }

    private static async Task InstallWhenMissingAsync()
    {
        if (Packages.All(IsInstalled)) return;
        (int ExitCode, string Output) npm;
        try
        {
            npm = await ToolRun.RunAsync("npm", ["install", "--no-audit", "--no-fund", "--prefix", Tools, .. Packages]);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{string.Join(", ", Packages)} are not installed in {Tools} and npm could not be run ({e.Message}). " +
                $"Install Node.js/npm, or run: npm install --prefix {Tools} {string.Join(' ', Packages)}", e);
        }
        if (npm.ExitCode != 0 || !Packages.All(IsInstalled))
            throw new InvalidOperationException($"npm install of {string.Join(", ", Packages)} into {Tools} failed (exit code {npm.ExitCode}): {npm.Output}");
    }

    private static bool IsInstalled(string package)
    {
        var name = package[..package.LastIndexOf('@')];
        return File.Exists(Path.Combine(Tools, "node_modules", name, "package.json"));
    }
}
