namespace Judge.MetricSources.Datadog;

/// <summary>Datadog answered 2xx with a body that does not describe usable series; the source wraps it in a MetricFetchException.</summary>
internal sealed class InvalidDatadogResponseException(string message) : Exception(message);
