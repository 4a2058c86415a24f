using System.ComponentModel.DataAnnotations;

namespace Judge.Api.Engine;

/// <summary>Judge:Engine settings: where the scheduler keeps its jobs and triggers, and how fast a cluster fails over.</summary>
public sealed class EngineOptions
{
    public const string Section = "Judge:Engine";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (one host, <c>&lt;DataPath&gt;/engine.db</c>) or <c>postgres</c> (every replica on it is one cluster).</summary>
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Judge:Engine:Store must be 'sqlite' or 'postgres'.")]
    public string Store { get; set; } = Sqlite;

    /// <summary>PostgreSQL's connection string; for sqlite it replaces the default file (a test's own folder, say).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a replica may miss its check-ins before another one recovers its running jobs.</summary>
    [Range(2, 3_600)]
    public int FailoverSeconds { get; set; } = 30;
}
