namespace Judge.MetricSources.Stackdriver;

/// <summary>Cloud Monitoring answered 2xx with series that cannot be read; the source wraps it in a MetricFetchException.</summary>
internal sealed class InvalidStackdriverResponseException(string message) : Exception(message);
