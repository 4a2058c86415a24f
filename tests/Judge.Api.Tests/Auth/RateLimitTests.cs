using System.Net;

namespace Judge.Api.Tests.Auth;

/// <summary>Each caller has its own window (Judge:RateLimits); past it 429 problem+json with Retry-After, and the window reopens when fake time moves on.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly JudgeApiFactory _factory = new(AuthHost.Settings(new Dictionary<string, string?>
    {
        ["Judge:RateLimits:PermitLimit"] = "3",
        ["Judge:RateLimits:Window"] = "00:01:00",
    }));

    public void Dispose() => _factory.Dispose();

    private HttpClient With(string key)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task A_caller_past_its_window_gets_429_with_retry_after_and_others_do_not()
    {
        var reader = With(AuthHost.ReaderKey);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/judges")).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromSeconds(20));
        var refused = await reader.GetAsync("/judges");
        var problem = await ProblemAssert.IsProblem(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("Judge:RateLimits", problem.GetProperty("detail").GetString());

        // Another caller has its own window; health checks are never limited.
        Assert.Equal(HttpStatusCode.OK, (await With(AuthHost.WriterKey).GetAsync("/judges")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz")).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromSeconds(39));
        await ProblemAssert.IsProblem(await reader.GetAsync("/judges"), HttpStatusCode.TooManyRequests);
        _factory.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/judges")).StatusCode);
    }
}
