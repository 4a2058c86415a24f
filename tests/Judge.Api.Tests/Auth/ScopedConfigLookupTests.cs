using Judge.Api.Auth;
using Judge.Api.Gates;
using Judge.Api.Problems;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Auth;

/// <summary>Looking a config up by name (verdict and Flagger gates) as a caller limited to applications ignores other applications' configs of that name.</summary>
public sealed class ScopedConfigLookupTests(AuthHost host) : IClassFixture<AuthHost>
{
    [Fact]
    public async Task A_name_shared_with_another_application_is_not_ambiguous_for_a_limited_caller()
    {
        var alpha = await host.CreateConfigAsync("alpha", "shared-gate");
        await host.CreateConfigAsync("beta", "shared-gate");
        var lookup = host.Factory.Services.GetRequiredService<StoredConfigLookup>();

        var everyone = await Assert.ThrowsAsync<ProblemException>(() =>
            lookup.FindAsync(null, "shared-gate", null, "store", "id", "name", CancellationToken.None));
        var (id, _, _) = await lookup.FindAsync(null, "shared-gate", null, "store", "id", "name", CancellationToken.None,
            new Caller("alpha-ci", CallerRole.Write, new HashSet<string> { "alpha" }));

        Assert.Contains("Several canary configs", everyone.Message);
        Assert.Equal(alpha, id);
    }
}
