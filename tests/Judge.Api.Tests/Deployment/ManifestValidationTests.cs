namespace Judge.Api.Tests.Deployment;

/// <summary>
/// deploy/kubernetes and examples/argo-rollouts hold objects their API servers would accept, by the published schemas
/// (npm kubernetes-models and @kubernetes-models/argo-rollouts); and a broken copy of them is rejected, naming the field.
/// </summary>
public sealed class ManifestValidationTests
{
    [Fact]
    public async Task Every_manifest_in_deploy_kubernetes_is_valid()
    {
        var (exitCode, output) = await ManifestValidator.ValidateAsync(RepositoryFolder.File("deploy/kubernetes"));

        Assert.True(exitCode == 0, output);
        foreach (var kind in new[] { "apps/v1 Deployment", "v1 Service", "v1 ConfigMap", "v1 Secret", "policy/v1 PodDisruptionBudget" })
            Assert.Contains($": {kind} ", output);
    }

    [Fact]
    public async Task The_argo_rollouts_examples_are_valid()
    {
        var (exitCode, output) = await ManifestValidator.ValidateAsync(RepositoryFolder.File("examples/argo-rollouts"));

        Assert.True(exitCode == 0, output);
        Assert.Equal(
            Directory.GetFiles(RepositoryFolder.File("examples/argo-rollouts"), "*.yaml").Length,
            output.Split('\n').Count(line => line.StartsWith("valid ", StringComparison.Ordinal) && line.Contains(": argoproj.io/v1alpha1 ")));
    }

    [Theory]
    [InlineData("deploy/kubernetes/deployment.yaml", "replicas: 2", "replicas: \"two\"", "spec/replicas must be integer")]
    [InlineData("deploy/kubernetes/deployment.yaml", "        - name: judge\n          image:", "        - image:", "containers/0 must have required property name")]
    [InlineData("deploy/kubernetes/deployment.yaml", "containerPort: 8090", "containerPort: http", "containerPort must be integer")]
    [InlineData("deploy/kubernetes/pod-disruption-budget.yaml", "minAvailable: 1", "minAvailable: [1]", "spec/minAvailable")]
    [InlineData("examples/argo-rollouts/analysis-template-kayenta.yaml", "count: 1", "count: [1]", "metrics/0/count")]
    [InlineData("deploy/kubernetes/service.yaml", "apiVersion: v1", "apiVersion: example.com/v1", "no schema for apiVersion example.com/v1 kind Service")]
    public async Task A_broken_copy_is_rejected_naming_what_is_wrong(string file, string valid, string broken, string named)
    {
        var text = await File.ReadAllTextAsync(RepositoryFolder.File(file));
        Assert.Contains(valid, text);
        var copy = Path.Combine(Directory.CreateTempSubdirectory("judge-manifest-").FullName, Path.GetFileName(file));
        await File.WriteAllTextAsync(copy, text.Replace(valid, broken));
        try
        {
            var (exitCode, output) = await ManifestValidator.ValidateAsync(copy);

            Assert.Equal(1, exitCode);
            Assert.Contains($"invalid {copy}#1: ", output);
            Assert.Contains(named, output);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }
}
