using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Judge.MetricSources.Tests.Shared;

/// <summary>One canned JSON answer of a fake SaaS API, optionally a step of a scenario (e.g. fail once, then succeed).</summary>
internal static class WireMockAnswers
{
    public static void AnswerGet(this WireMockServer server, string path, int status, string body, string? scenarioState = null,
        string? nextState = null, TimeSpan? delay = null, IDictionary<string, string>? headers = null)
    {
        var provider = server.Given(Request.Create().WithPath(path).UsingGet());
        if (scenarioState is not null || nextState is not null)
        {
            provider = provider.InScenario("flaky");
            if (scenarioState is not null) provider = provider.WhenStateIs(scenarioState);
            if (nextState is not null) provider = provider.WillSetStateTo(nextState);
        }
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            response = response.WithHeader(name, value);
        if (delay is { } d) response = response.WithDelay(d);
        provider.RespondWith(response);
    }
}
