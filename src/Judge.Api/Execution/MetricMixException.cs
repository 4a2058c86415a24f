namespace Judge.Api.Execution;

/// <summary>The series of one metric cannot be paired.</summary>
public sealed class MetricMixException(string message) : Exception(message);
