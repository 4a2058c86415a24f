namespace Judge.Api.Execution;

/// <summary>An execution to run, by where its document lives.</summary>
public sealed record ExecutionTicket(string StorageAccountName, string ExecutionId);
