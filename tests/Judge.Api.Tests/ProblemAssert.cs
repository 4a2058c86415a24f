using System.Net;
using System.Text.Json;

namespace Judge.Api.Tests;

/// <summary>Asserts an RFC 7807 answer: status, problem+json content type and, when given, the field in "errors".</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        // Kayenta's clients read $.message: every problem repeats its detail there.
        Assert.True(problem.TryGetProperty("message", out var message), $"no message in {body}");
        Assert.Equal(problem.TryGetProperty("detail", out var detail) ? detail.GetString() : problem.GetProperty("title").GetString(), message.GetString());
        if (field is not null)
        {
            Assert.True(problem.TryGetProperty("errors", out var errors), $"no errors map in {body}");
            Assert.True(errors.TryGetProperty(field, out _), $"errors does not name '{field}': {body}");
        }
        return problem;
    }
}
