using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Judge.Api.RateLimits;

/// <summary>ASP.NET Core's rate limiter, one window per caller; refusals are 429 problems with Retry-After.</summary>
public static class RateLimitServices
{
    public static IServiceCollection AddJudgeRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.PermitLimit >= 0 && (o.PermitLimit == 0 || o.Window > TimeSpan.Zero),
                $"{RateLimitOptions.Section}: PermitLimit must be 0 (off) or positive, and Window positive.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, TimeProvider>((limiter, settings, time) =>
        {
            var limits = settings.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                limits.PermitLimit == 0 || CallerPartition.KeyOf(context) is not { } key
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.Get(key, _ => new WindowRateLimiter(time, limits.PermitLimit, limits.Window)));
            limiter.OnRejected = WriteTooManyRequestsAsync;
        });
        return services;
    }

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This caller sent more requests than {RateLimitOptions.Section} allows; retry after {seconds} s.",
            },
        });
    }
}
