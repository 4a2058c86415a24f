using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Judge.Api.Report;

/// <summary>How every report page is served: HTML, never cached, never sniffed, under a strict content security policy.</summary>
public static class ReportResponse
{
    // Scripts, styles and data only from Judge itself: even a string that escaped encoding could not run a script.
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public static ContentHttpResult Html(HttpContext http, string html)
    {
        http.Response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
