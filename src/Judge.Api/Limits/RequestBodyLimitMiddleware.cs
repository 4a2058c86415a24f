using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Judge.Api.Limits;

/// <summary>
/// Enforces <see cref="RequestLimits.MaxBodyBytes"/> on every server: the declared Content-Length is checked up front and the
/// body stream counts what is actually read, so a chunked body cannot slip past. Either way the client gets a 413 problem.
/// (Minimal APIs swallow I/O errors while binding a body, so the overflow is remembered and answered after the endpoint.)
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestLimits> limits, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var max = limits.Value.MaxBodyBytes;
        if (context.Request.ContentLength > max)
        {
            await WriteTooLargeAsync(context, max);
            return;
        }
        // This middleware is the limit; the server's own (Kestrel: 30 MB) would answer without a problem body.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = null;
        var body = new LimitedReadStream(context.Request.Body, max);
        context.Request.Body = body;
        try
        {
            await next(context);
        }
        catch (Exception) when (body.Exceeded && !context.Response.HasStarted)
        {
            // The endpoint failed because the body was cut off; the overflow is the cause worth reporting.
        }
        if (body.Exceeded && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await WriteTooLargeAsync(context, max);
        }
    }

    private Task WriteTooLargeAsync(HttpContext context, long max)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = $"The request body is larger than the limit of {max} bytes (Judge:Limits:MaxBodyBytes).",
            },
        }).AsTask();
    }

    private sealed class LimitedReadStream(Stream inner, long max) : Stream
    {
        private long _read;

        public bool Exceeded { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            if (_read > max)
            {
                Exceeded = true;
                throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
            }
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
