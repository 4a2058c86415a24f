using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace Judge.MetricSources;

/// <summary>
/// Runs one Refit call against a provider and turns every way it can fail into a <see cref="MetricFetchException"/>
/// whose message is built from known parts only: no request headers, and provider text only through
/// <see cref="ProviderFailureRules.Quote"/>, which masks the account's secrets. Refit's exceptions are never attached,
/// since they carry the live request and its credentials.
/// </summary>
internal sealed class ProviderCall(ProviderFailureRules rules, string metricName, string accountName)
{
    /// <param name="reason">Built by the caller; any provider text in it must already have gone through <see cref="Quote"/>.</param>
    public MetricFetchException Failure(string reason) => new(metricName, accountName, rules.Mask(reason));

    /// <inheritdoc cref="ProviderFailureRules.Quote"/>
    public string Quote(string providerText) => rules.Quote(providerText);

    public async Task<T> ReadAsync<T>(Func<Task<IApiResponse<T>>> call, CancellationToken cancellationToken)
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
            throw Failure(DescribeTransportFailure(e));
        }

        using (response)
        {
            // Refit reports a request that got no answer (network error, timeout) inside the response too.
            if (response.HasRequestError(out var requestError))
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw Failure(DescribeTransportFailure(requestError.InnerException ?? requestError));
            }
            if (!response.IsSuccessStatusCode)
            {
                var body = response.HasResponseError(out var responseError) ? responseError.Content : null;
                var status = response.StatusCode is { } code ? $"HTTP {(int)code} ({code})" : "an unsuccessful status";
                throw Failure($"{rules.Provider} answered {status}: {rules.DescribeErrorBody(body)}");
            }
            if (response.Error is not null || !response.HasContent || response.Content is not { } content)
                throw Failure($"{rules.Provider}'s answer is not readable: {DescribeUnreadable(response.Error)}");
            return content;
        }
    }

    private string DescribeUnreadable(Exception? error)
    {
        for (var cause = error; cause is not null; cause = cause.InnerException)
            if (cause is JsonException json)
                return $"the body is not valid JSON: {Quote(json.Message)}";
        return "the body is empty or not the JSON document the API defines";
    }

    private string DescribeTransportFailure(Exception e)
    {
        var provider = rules.Provider;
        for (var cause = e; cause is not null; cause = cause.InnerException)
        {
            if (rules.DescribeOwnException?.Invoke(cause) is { } own)
                return own;
            switch (cause)
            {
                case TimeoutRejectedException or TaskCanceledException or TimeoutException:
                    return $"the {provider} request timed out";
                case BrokenCircuitException:
                    return $"the circuit to {provider} is open after repeated failures; try again later";
                case HttpRequestException http:
                    // A transport error names the host and the socket error, never a header.
                    return $"the {provider} request failed: {Quote(http.Message)}";
            }
        }
        return $"the {provider} request failed ({e.GetType().Name})";
    }
}
