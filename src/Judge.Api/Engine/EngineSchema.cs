namespace Judge.Api.Engine;

/// <summary>
/// Creates the job store's tables when they are missing, before the scheduler starts (it only checks them). The DDL
/// is this project's own, one embedded script for both databases; every statement is "if not exists", so replicas starting
/// together and restarts are harmless.
/// </summary>
public sealed class EngineSchema(EngineDatabase database, ILogger<EngineSchema> logger) : IHostedService
{
    private const string Separator = ";;";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var statements = Script(database.Store);
        // Replicas creating the schema at once can collide on PostgreSQL's catalog; a second pass finds it made.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = database.Open();
                foreach (var statement in statements)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = statement;
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                return;
            }
            catch (System.Data.Common.DbException ex) when (attempt < 5)
            {
                logger.LogWarning(ex, "Creating the engine's tables failed (attempt {Attempt}); trying again.", attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static IReadOnlyList<string> Script(string store)
    {
        using var stream = typeof(EngineSchema).Assembly.GetManifestResourceStream("Judge.Api.Engine.Schema.job-store.sql")
            ?? throw new InvalidOperationException("The engine schema is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n')
            .Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))
            .Aggregate(new List<List<string>> { new() }, (statements, line) =>
            {
                if (line.Trim() == Separator) statements.Add([]);
                else statements[^1].Add(line);
                return statements;
            })
            .Select(lines => string.Join('\n', lines).Trim())
            .Where(statement => statement.Length > 0)
            .Select(statement => ForDatabase(statement, store))
            .ToList();
    }

    private static string ForDatabase(string statement, string store) => store switch
    {
        EngineOptions.Postgres => statement.Replace("{bool}", "bool").Replace("{bytes}", "bytea").Replace("{false}", "false"),
        EngineOptions.Sqlite => statement.Replace("{bool}", "bit").Replace("{bytes}", "blob").Replace("{false}", "0").ToUpperInvariant(),
        _ => throw new InvalidOperationException($"There is no engine schema for '{store}'."),
    };
}
