namespace Judge.Api.Execution;

/// <summary>A stage failed for a reason worth telling the client; the message names what failed and never holds a secret.</summary>
public sealed class StageFailedException(string message, Exception? inner = null) : Exception(message, inner);
