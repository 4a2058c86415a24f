using System.Text;
using System.Text.RegularExpressions;
using Judge.Api.Model;

namespace Judge.Api.Execution;

/// <summary>
/// What start-up does with an execution document that cannot be read: when its text does not say it completed, it is
/// replaced by a terminal execution whose stage names the reason, so clients polling it stop waiting and listings
/// show it. The application and accounts are salvaged from the text where they can be read.
/// </summary>
public static partial class DamagedExecution
{
    public const string Reason = "The stored execution document was damaged (unreadable) when this host started; the execution was marked terminal.";

    /// <summary>True when the damaged text still shows <c>"complete": true</c>: it finished, and is left as it is.</summary>
    public static bool SaysComplete(byte[] json) => CompletePattern().IsMatch(Encoding.UTF8.GetString(json));

    public static CanaryExecution Terminal(string id, string storageAccountName, byte[] json, long now)
    {
        var text = Encoding.UTF8.GetString(json);
        return new CanaryExecution
        {
            PipelineId = id,
            Application = Salvage(text, "application") ?? "unknown",
            StorageAccountName = storageAccountName,
            MetricsAccountName = Salvage(text, "metricsAccountName") ?? "",
            Config = new CanaryConfig { Name = Salvage(text, "name"), Applications = [], Metrics = [] },
            CanaryExecutionRequest = new CanaryExecutionRequest(),
            Complete = true,
            Status = ExecutionStatus.Terminal,
            BuildTimeMillis = now,
            EndTimeMillis = now,
            Stages =
            [
                new ExecutionStage
                {
                    RefId = StageNames.SetupContext,
                    Status = ExecutionStatus.Terminal,
                    EndTimeMillis = now,
                    Exception = StageException.Describe("DamagedDocument", [Reason]),
                },
            ],
        };
    }

    private static string? Salvage(string text, string property)
    {
        var match = Regex.Match(text, $"\"{Regex.Escape(property)}\"\\s*:\\s*\"(?<value>[^\"\\\\]{{1,256}})\"");
        return match.Success ? match.Groups["value"].Value : null;
    }

    [GeneratedRegex("\"complete\"\\s*:\\s*true")]
    private static partial Regex CompletePattern();
}
