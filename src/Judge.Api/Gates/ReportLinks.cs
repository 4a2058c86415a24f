using Microsoft.Extensions.Options;

namespace Judge.Api.Gates;

/// <summary>Where a client reads an execution's full report: GET /canary/{id} at Judge:Gates:PublicBaseUrl or the request's own address.</summary>
public sealed class ReportLinks(IOptions<GateOptions> options)
{
    public string For(HttpRequest request, string executionId)
    {
        var root = options.Value.PublicBaseUrl?.ToString().TrimEnd('/')
            ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
        return $"{root}/canary/{Uri.EscapeDataString(executionId)}";
    }
}
