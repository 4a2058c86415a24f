using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace Judge.MetricSources;

/// <summary>
/// Runs one Refit call against a provider and turns every way it can fail into a <see cref="MetricFetchException"/>
/// whose message is built from known parts only: no request headers, and error bodies only through the provider's
/// own describer (which masks what it must). Refit's exceptions are never attached, since they carry the live request
/// and its credentials.
/// </summary>
internal sealed class ProviderCall(string provider, string metricName, string accountName)
{
    public MetricFetchException Failure(string message) => new(metricName, accountName, message);

    /// <param name="describeErrorBody">The text of a non-2xx body worth showing, already free of secrets.</param>
    /// <param name="describeOwnException">A provider's own, known-safe exception type raised inside its HTTP pipeline, or null.</param>
    public async Task<T> ReadAsync<T>(Func<Task<IApiResponse<T>>> call, Func<string?, string> describeErrorBody,
        Func<Exception, string?>? describeOwnException, CancellationToken cancellationToken)
    {
        IApiResponse<T> response;
        try
        {
            response = await call();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not MetricFetchException)
        {
            throw Failure(DescribeTransportFailure(e, describeOwnException));
        }

        using (response)
        {
            if (response.HasRequestError(out var requestError))
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw Failure(DescribeTransportFailure(requestError.InnerException ?? requestError, describeOwnException));
            }
            if (!response.IsSuccessStatusCode)
            {
                var body = response.HasResponseError(out var responseError) ? responseError.Content : null;
                var status = response.StatusCode is { } code ? $"HTTP {(int)code} {code}" : "an unsuccessful status";
                throw Failure($"{provider} answered {status}: {describeErrorBody(body)}");
            }
            if (response.Error is not null || !response.HasContent || response.Content is not { } content)
                throw Failure($"{provider}'s answer is not readable: the body is empty or not the JSON document the API defines");
            return content;
        }
    }

    private string DescribeTransportFailure(Exception e, Func<Exception, string?>? describeOwnException)
    {
        for (var cause = e; cause is not null; cause = cause.InnerException)
        {
            if (describeOwnException?.Invoke(cause) is { } own)
                return own;
            switch (cause)
            {
                case TimeoutRejectedException or TaskCanceledException or TimeoutException:
                    return $"the request to {provider} timed out";
                case BrokenCircuitException:
                    return $"the circuit to {provider} is open after repeated failures; try again later";
                case HttpRequestException http:
                    // A transport error names the host and the socket error, never a header.
                    return $"the request to {provider} failed: {http.Message}";
            }
        }
        return $"the request to {provider} failed ({e.GetType().Name})";
    }
}
